import type { KeyDocument, PaperDocument } from './paper-model';

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** Room to write: ruled lines. */
function Lines({ count }: { count: number }) {
  return <div class="xp-lines" style={{ height: `${count * 2}em` }} aria-hidden="true" />;
}

/** A paper as Chinese universities print it: the sealing strip, the title block, the score table, the sections. */
export function PaperView({ doc }: { doc: PaperDocument }) {
  return (
    <article class="xp-paper" aria-label={doc.titleLines.join(' ')}>
      <div class="xp-seal" aria-hidden="true">
        <span class="xp-seal-fields">{doc.fields.map((f) => `${f.label}${f.value ? `：${f.value}` : '：____________'}`).join('　')}</span>
        <span class="xp-seal-line">……………… 密 ……………… 封 ……………… 线 ……………… 密封线内不要答题</span>
      </div>
      <header class="xp-paper-head">
        {doc.titleLines.filter(Boolean).map((line, i) => (
          <p key={i} class={i === doc.titleLines.length - 1 ? 'xp-title' : 'xp-school'}>
            {line}
          </p>
        ))}
        <p class="xp-info">{doc.info}</p>
        <p class="xp-fields">
          {doc.fields.map((f) => (
            <span key={f.label}>
              {f.label}：<span class="xp-fill">{f.value}</span>
            </span>
          ))}
        </p>
        <table class="xp-score-table">
          <caption class="visually-hidden">得分表</caption>
          <tbody>
            <tr>
              <th scope="row">题号</th>
              {doc.sections.map((s) => (
                <td key={s.numeral}>{s.numeral}</td>
              ))}
              <td>总分</td>
            </tr>
            <tr>
              <th scope="row">满分</th>
              {doc.sections.map((s) => (
                <td key={s.numeral}>{fmt(s.total)}</td>
              ))}
              <td>{fmt(doc.total)}</td>
            </tr>
            <tr>
              <th scope="row">得分</th>
              {doc.sections.map((s) => (
                <td key={s.numeral} />
              ))}
              <td />
            </tr>
          </tbody>
        </table>
      </header>
      {doc.sections.map((section) => (
        <section class="xp-section" key={section.numeral}>
          <table class="xp-marker">
            <tbody>
              <tr>
                <th scope="col">得分</th>
                <th scope="col">评卷人</th>
              </tr>
              <tr>
                <td />
                <td />
              </tr>
            </tbody>
          </table>
          <h4>{section.heading}</h4>
          {section.instruction && <p class="xp-instruction">{section.instruction}</p>}
          <ol class="xp-questions">
            {section.questions.map((q) => (
              <li key={q.id} value={q.number}>
                {q.case.length > 0 && (
                  <div class="xp-case">
                    {q.case.map((p, i) => (
                      <p key={i}>{p}</p>
                    ))}
                  </div>
                )}
                <p class="xp-stem">{q.stem}</p>
                {q.options.length > 0 && (
                  <p class="xp-options">
                    {q.options.map((o) => (
                      <span key={o}>{o}</span>
                    ))}
                  </p>
                )}
                {q.parts.map((part, i) => (
                  <div key={i} class="xp-part">
                    <p>
                      （{i + 1}）{part.stem}（{fmt(part.points)} 分）
                    </p>
                    <Lines count={part.lines} />
                  </div>
                ))}
                {q.lines > 0 && <Lines count={q.lines} />}
              </li>
            ))}
          </ol>
        </section>
      ))}
      <p class="xp-footer">{doc.footer}</p>
    </article>
  );
}

/** 参考答案及评分标准. */
export function KeyView({ doc, teacherNotes }: { doc: KeyDocument; teacherNotes: boolean }) {
  return (
    <article class="xp-paper xp-key" aria-label={doc.title}>
      <p class="xp-title">{doc.title}</p>
      {doc.sections.map((section) => (
        <section class="xp-section" key={section.heading}>
          <h4>{section.heading}</h4>
          {section.objective ? (
            <table class="xp-key-table">
              <thead>
                <tr>
                  <th scope="col">题号</th>
                  <th scope="col">答案</th>
                  {teacherNotes && <th scope="col">解析</th>}
                </tr>
              </thead>
              <tbody>
                {section.questions.map((q) => (
                  <tr key={q.number}>
                    <td>{q.number}</td>
                    <td>{q.answer}</td>
                    {teacherNotes && <td>{q.explanation}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <ol class="xp-questions">
              {section.questions.map((q) => (
                <li key={q.number} value={q.number}>
                  {q.parts.map((part, i) => (
                    <div key={i} class="xp-key-part">
                      {part.label && (
                        <p>
                          <strong>
                            {part.label}（{fmt(part.points)} 分）
                          </strong>
                        </p>
                      )}
                      <p>
                        <strong>参考答案：</strong>
                        {part.answer}
                      </p>
                      <p>
                        <strong>评分标准：</strong>
                      </p>
                      <ul>
                        {part.rubric.map((r, k) => (
                          <li key={k}>
                            {r.point}（{fmt(r.score)} 分）
                          </li>
                        ))}
                      </ul>
                    </div>
                  ))}
                  {teacherNotes && <p class="xp-source">{q.source}</p>}
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </article>
  );
}
