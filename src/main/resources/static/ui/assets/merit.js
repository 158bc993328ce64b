// Long work (compiling, running scenarios, simulating) shows progress: a form marked data-busy
// disables its buttons and says so while the server works, so it cannot be sent twice.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (tooLarge(form)) {
    event.preventDefault();
    return;
  }
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

// A file over the service's upload limit (data-max-bytes) is not sent: the server could only refuse
// it after the upload, and the browser would show a broken connection instead of the reason.
function tooLarge(form) {
  var old = form.querySelector('.too-large');
  if (old) {
    old.remove();
  }
  var input = Array.prototype.find.call(form.querySelectorAll('input[type=file][data-max-bytes]'), function (i) {
    return Array.prototype.some.call(i.files, function (f) { return f.size > Number(i.getAttribute('data-max-bytes')); });
  });
  if (!input) {
    return false;
  }
  var note = document.createElement('p');
  note.className = 'fail too-large';
  note.setAttribute('role', 'alert');
  note.textContent = input.getAttribute('data-too-large');
  input.closest('label').after(note);
  return true;
}
