// Long work (compiling, running scenarios, simulating) shows progress: a form marked data-busy
// disables its buttons and says so while the server works, so it cannot be sent twice.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.hasAttribute('data-busy')) {
    return;
  }
  form.querySelectorAll('button[type=submit]').forEach(function (button) {
    setTimeout(function () { button.disabled = true; }, 0); // after the browser has taken the form's values
  });
  if (!form.querySelector('.busy')) {
    var note = document.createElement('span');
    note.className = 'busy';
    note.setAttribute('role', 'status');
    note.textContent = '正在处理…';
    form.appendChild(note);
  }
});
