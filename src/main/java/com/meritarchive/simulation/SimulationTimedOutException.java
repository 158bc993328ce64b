package com.meritarchive.simulation;

import com.meritarchive.system.ProblemException;
import com.meritarchive.system.TimeBudget;
import org.springframework.http.HttpStatus;

/**
 * A simulation with an unpublished version that spent its time budget (503): its rules may loop, or
 * the dataset is too large for the budget ({@code merit.untrusted-run-timeout}); nothing was kept.
 */
class SimulationTimedOutException extends ProblemException {

    SimulationTimedOutException(TimeBudget.Spent spent) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Simulation timed out", "模拟运行超过 " + spent.budget().toSeconds()
                + " 秒，已被停止：请检查候选版本的规则是否会无限循环，或用较小的数据集 (the simulation spent its time budget, "
                + "merit.untrusted-run-timeout: " + spent.getMessage() + ")", spent);
    }
}
