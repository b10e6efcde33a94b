/**
 * Scoring of a reading-day quiz: pure, so the browser island stays wiring and this is unit-tested.
 */

export type QuestionResult = 'right' | 'wrong' | 'unanswered';

export interface QuizScore {
  right: number;
  total: number;
  unanswered: number;
  results: QuestionResult[];
}

/** `chosen[i]` is the option picked for question i (null when none); `answers[i]` the right one. */
export function scoreQuiz(chosen: readonly (number | null)[], answers: readonly number[]): QuizScore {
  const results = answers.map((a, i): QuestionResult => (chosen[i] === null || chosen[i] === undefined ? 'unanswered' : chosen[i] === a ? 'right' : 'wrong'));
  return {
    right: results.filter((r) => r === 'right').length,
    total: answers.length,
    unanswered: results.filter((r) => r === 'unanswered').length,
    results,
  };
}

/** What the live region announces: "Bạn trả lời đúng 4/5 câu". */
export function scoreMessage(score: QuizScore): string {
  const base = `Bạn trả lời đúng ${score.right}/${score.total} câu`;
  return score.unanswered ? `${base} (${score.unanswered} câu chưa trả lời)` : base;
}

/** "A", "B", … : how options are lettered on the page and on paper. */
export function optionLetter(i: number): string {
  return String.fromCharCode(65 + i);
}

/** The line shown under one question after scoring; says it in words, not only in colour. */
export function resultText(result: QuestionResult, answer: number): string {
  const right = `Đáp án đúng: ${optionLetter(answer)}.`;
  if (result === 'right') return 'Đúng.';
  return result === 'wrong' ? `Sai. ${right}` : `Chưa trả lời. ${right}`;
}
