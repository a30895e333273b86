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
