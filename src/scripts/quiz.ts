/**
 * The reading-day quiz: shows the "Chấm điểm" button, scores every question at once, says under
 * each question whether it was right (in words, not only colour), opens the explanations, and
 * announces the score in the page's status region. Without JavaScript each question still has
 * its answer and explanation in a <details>. Finds everything by data-* attributes.
 */
import { resultText, scoreMessage, scoreQuiz } from '../lib/reading-day/score.ts';

// The instructions' "rồi bấm “Chấm điểm”", which only holds where this script runs.
for (const hint of document.querySelectorAll<HTMLElement>('[data-quiz-hint]')) hint.hidden = false;

for (const quiz of document.querySelectorAll<HTMLElement>('[data-quiz]')) {
  const items = [...quiz.querySelectorAll<HTMLElement>('[data-quiz-item]')];
  const button = quiz.querySelector<HTMLButtonElement>('[data-quiz-score]');
  const status = quiz.querySelector<HTMLElement>('[data-quiz-status]');
  if (!button || !status) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const answers = items.map((item) => Number(item.dataset.answer));
    const chosen = items.map((item) => {
      const checked = item.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      return checked ? Number(checked.value) : null;
    });
    const score = scoreQuiz(chosen, answers);
    items.forEach((item, i) => {
      const result = score.results[i]!;
      item.dataset.result = result;
      const line = item.querySelector<HTMLElement>('[data-quiz-result]');
      if (line) {
        line.textContent = resultText(result, answers[i]!);
        line.hidden = false;
      }
      const explanation = item.querySelector<HTMLDetailsElement>('[data-quiz-explanation]');
      if (explanation) explanation.open = true;
    });
    status.textContent = `${scoreMessage(score)}.`;
  });
}
