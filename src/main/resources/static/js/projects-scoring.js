// Live total on council score sheets (projects module); the form works without it.
document.addEventListener("input", function (event) {
  var form = event.target.closest && event.target.closest("form.score-form");
  if (!form) {
    return;
  }
  var total = 0;
  form.querySelectorAll("input.score").forEach(function (input) {
    var value = parseInt(input.value, 10);
    if (!isNaN(value)) {
      total += value;
    }
  });
  form.querySelector("output.score-total").textContent = total;
});

// Live count of the grades chosen on an acceptance sheet (Xuất sắc / Đạt / Không đạt); the
// classification itself comes from the configured rule on the server once the sheet is saved.
function tallyGrades(form) {
  var tally = form.querySelector(".grade-tally");
  if (!tally) {
    return;
  }
  var counts = {};
  form.querySelectorAll("select.grade").forEach(function (select) {
    counts[select.value] = (counts[select.value] || 0) + 1;
  });
  tally.querySelectorAll("output.grade-count").forEach(function (output) {
    output.textContent = counts[output.getAttribute("data-grade")] || 0;
  });
  tally.hidden = false;
}
document.addEventListener("change", function (event) {
  var form = event.target.closest && event.target.closest("form.sheet-form");
  if (form) {
    tallyGrades(form);
  }
});
document.querySelectorAll("form.sheet-form").forEach(tallyGrades);
