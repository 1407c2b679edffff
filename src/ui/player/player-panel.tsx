import { CLASS_STYLE } from '../../view/timing-classes';
import { formatNumber } from '../../view/address';
import type { PlayerControls } from './player-view';

// The player's panel: which timing to play (the run, the pass, or the Call it quiz), half speed,
// one large button for each step of a try (Start, Go now, Try again; Onside / Offside in the
// quiz), the result placed against the window, and the history with the best streak.

export function PlayerPanel({ player }: { player: PlayerControls }) {
  const v = player.view.value;
  const mode = (m: 'off' | 'run' | 'pass' | 'quiz', label: string, title: string, disabled = false) => (
    <button type="button" class="player-mode" data-mode={m} aria-pressed={v.mode === m} disabled={disabled} title={title}
      onClick={() => player.dispatch({ type: 'player/mode', mode: v.mode === m ? 'off' : m })}>{label}</button>
  );
  const timing = v.mode === 'run' || v.mode === 'pass';
  return (
    // Folded until asked for (Y, or its heading): on a laptop the timings stay above the fold.
    <details class="player" data-mode={v.mode} data-phase={v.phase} open={v.mode !== 'off' ? true : undefined}>
      <summary><h2>Time your run</h2></summary>
      <div class="player-modes" role="group" aria-label="What to play">
        {mode('run', 'Time the run', 'The drill plays; press Space, click or tap the pitch when you would set off (Y)')}
        {mode('pass', 'Time the pass', 'The drill plays with the run; press when you would release the pass', !v.canPass)}
        {mode('quiz', 'Call it', 'Playback stops when the ball is played: onside or offside? (O / X)')}
      </div>
      {v.mode !== 'off' && (
        <label class="player-slow"><input type="checkbox" checked={v.slow} onChange={(e) => player.dispatch({ type: 'player/slow', on: e.currentTarget.checked })} /> Half speed</label>
      )}
      {timing && v.phase !== 'watching' && (
        <button type="button" id="player-start" class="player-big" onClick={() => player.start()}>{v.phase === 'done' ? 'Try again' : `Start: time the ${v.mode === 'run' ? 'run' : 'pass'}`}</button>
      )}
      {timing && v.phase === 'watching' && (
        <button type="button" id="player-go" class="player-big player-go" onPointerDown={(e) => { e.preventDefault(); player.press(); }}>Go now <span class="muted">(Space, or tap the pitch)</span></button>
      )}
      {timing && v.result && (
        <p id="player-result" class="player-result" data-class={v.result.cls} style={{ borderColor: CLASS_STYLE[v.result.cls === 'lost' ? 'late' : v.result.cls].colour }}>{v.result.words}</p>
      )}
      {v.mode === 'quiz' && !v.quiz && (
        <button type="button" id="quiz-start" class="player-big" onClick={() => player.ask(v.phase === 'done')}>{v.phase === 'done' ? 'Next question' : 'Ask me'}</button>
      )}
      {v.mode === 'quiz' && v.quiz?.asking && (
        <div class="player-call" role="group" aria-label="Call it">
          <p>The ball is played. Is the receiver onside or offside?</p>
          <button type="button" id="call-onside" class="player-big" onClick={() => player.dispatch({ type: 'quiz/answer', answer: 'onside' })}>Onside (O)</button>
          <button type="button" id="call-offside" class="player-big" onClick={() => player.dispatch({ type: 'quiz/answer', answer: 'offside' })}>Offside (X)</button>
        </div>
      )}
      {v.mode === 'quiz' && v.quiz && !v.quiz.asking && (
        <>
          <p id="quiz-result" class="player-result" data-right={String(v.quiz.right)}>{v.quiz.right ? 'Right' : 'Not this time'}: {v.quiz.verdict}.</p>
          <button type="button" id="quiz-next" class="player-big" onClick={() => player.ask(true)}>Next question</button>
        </>
      )}
      {v.mode === 'quiz' && <p class="muted" id="quiz-score">Called right: {v.history.quiz.right} of {v.history.quiz.asked}</p>}
      {timing && v.history.tries.length > 0 && (
        <div class="player-history">
          <p id="player-streak">{v.history.tries.length} {v.history.tries.length === 1 ? 'try' : 'tries'} · chances in a row now {v.streak.current}, best {v.streak.best}</p>
          <ol reversed>
            {v.history.tries.slice(-5).reverse().map((t) => (
              <li key={t.when} data-class={t.cls}>{v.label} {formatNumber(Math.round(t.at * 100) / 100)} s: {t.words}</li>
            ))}
          </ol>
        </div>
      )}
      {v.storage && <p class="muted">Kept for this visit only: {v.storage}</p>}
    </details>
  );
}
