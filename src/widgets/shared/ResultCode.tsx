import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $classCode, setClassCode } from '../../stores/class-code';
import { $identity, setIdentityField } from '../../stores/identity';
import { NO_TRANSLATE } from './no-translate';
import { makeResultCode, missingDetails, type MissingDetails, type ResultInput } from './result-code-state';
import { useDomId } from './use-dom-id';
import './result-code.css';

export type { ResultInput } from './result-code-state';

interface Props {
  /** The widget's result, or null while there is none to hand in (the button is then disabled). */
  result: ResultInput | null;
}

type DetailKey = keyof MissingDetails;

const FIELDS: readonly { readonly key: DetailKey; readonly label: string; readonly hint?: string }[] = [
  { key: 'name', label: '姓名' },
  { key: 'studentId', label: '学号' },
  { key: 'classCode', label: '班级码', hint: '老师发的，同一个班都一样' },
];

/**
 * 提交结果: turns a widget's result into a short result code (提交码) with a QR code, for the class chat or the
 * teacher's camera. Asks once for 姓名, 学号 and 班级码 (kept in this browser like the answers). Embed it where the
 * widget shows its result: `<ResultCode result={{ activity, answers, score }} />` (README, “提交结果”).
 */
export function ResultCode({ result }: Props) {
  const identity = useStore($identity);
  const { classCode } = useStore($classCode);
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [tried, setTried] = useState(false);
  const [made, setMade] = useState<{ readonly code: string; readonly from: string } | null>(null);
  const [status, setStatus] = useState('');
  const id = useDomId();
  const missing = missingDetails(identity, classCode);
  const complete = Object.keys(missing).length === 0;

  // A code shows one result and one student: another result (a new attempt) or other details need a new code.
  const from = JSON.stringify([result?.activity, result?.variant ?? null, result?.answers, result?.score, identity.name, identity.studentId, classCode]);
  const code = made?.from === from ? made.code : null;

  const make = () => {
    setTried(true);
    if (!result) return;
    if (!complete) {
      setEditing(true);
      return;
    }
    const outcome = makeResultCode(result, identity, classCode);
    if (outcome.ok) {
      setMade({ code: outcome.value, from });
      setEditing(false);
      setStatus('提交码已生成：复制后粘贴到班级群，或请老师扫二维码。');
    } else setStatus(outcome.message);
  };
  const copy = async () => {
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code);
      setStatus('提交码已复制，粘贴到班级群即可。');
    } catch {
      setStatus('浏览器不允许自动复制：请选中上面的提交码，手动复制。');
    }
  };
  const value = (key: DetailKey) => (key === 'classCode' ? classCode : identity[key]);
  const change = (key: DetailKey, text: string) => (key === 'classCode' ? setClassCode(text) : setIdentityField(key, text));

  return (
    <section data-widget="result-code" class="result-code" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} class="visually-hidden">
        提交结果
      </h4>
      <button
        type="button"
        class="btn"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        disabled={!result}
        onClick={() => {
          // The fields stay while the student types, even once complete; they fold into one line when the code is made.
          if (!open) setEditing(!complete);
          setOpen(!open);
        }}
      >
        提交结果
      </button>
      {open && result && (
        <div id={`${id}-panel`} class="rc-panel">
          <p class="rc-hint">提交码只含学号、姓名、活动、答案、得分和时间，由老师在“班级看板”里读取；不经过任何服务器。</p>
          {editing ? (
            <fieldset class="rc-fields">
              <legend>提交人（只需填一次）</legend>
              {FIELDS.map(({ key, label, hint }) => {
                const problem = tried ? missing[key] : undefined;
                return (
                  <div class="field" key={key}>
                    <label for={`${id}-${key}`}>{label}</label>
                    <input
                      id={`${id}-${key}`}
                      type="text"
                      value={value(key)}
                      autocomplete={key === 'name' ? 'name' : 'off'}
                      spellcheck={false}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${id}-${key}-problem` : hint ? `${id}-${key}-hint` : undefined}
                      onInput={(e) => change(key, e.currentTarget.value)}
                    />
                    {hint && !problem && (
                      <small id={`${id}-${key}-hint`} class="rc-hint">
                        {hint}
                      </small>
                    )}
                    {problem && (
                      <small id={`${id}-${key}-problem`} class="rc-problem">
                        {problem}
                      </small>
                    )}
                  </div>
                );
              })}
            </fieldset>
          ) : (
            <p class="rc-who">
              提交人：<span {...NO_TRANSLATE}>{identity.name}</span>（学号 <span {...NO_TRANSLATE}>{identity.studentId}</span>，班级码{' '}
              <span {...NO_TRANSLATE}>{classCode}</span>）
              <button type="button" class="btn rc-edit" onClick={() => setEditing(true)}>
                修改
              </button>
            </p>
          )}
          <p class="tool-row">
            <button type="button" class="btn primary" onClick={make}>
              生成提交码
            </button>
          </p>
          {code && (
            <div class="rc-code">
              <label for={`${id}-code`}>提交码</label>
              <textarea id={`${id}-code`} readOnly rows={2} value={code} onFocus={(e) => e.currentTarget.select()} {...NO_TRANSLATE} />
              <p class="tool-row">
                <button type="button" class="btn" onClick={() => void copy()}>
                  复制提交码
                </button>
              </p>
              <QrImage text={code} />
            </div>
          )}
          <p class="status" role="status">
            {code || !status.startsWith('提交码已') ? status : ''}
          </p>
        </div>
      )}
    </section>
  );
}

/** The code as a QR image for the teacher's camera (the drawing code is loaded when the first code is shown). */
function QrImage({ text }: { text: string }) {
  const [qr, setQr] = useState<{ d: string; size: number } | null>(null);
  useEffect(() => {
    let live = true;
    void import('./qr-svg').then(({ qrPath }) => live && setQr(qrPath(text)));
    return () => {
      live = false;
    };
  }, [text]);
  if (!qr) return null;
  return (
    <svg class="rc-qr" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label="提交码的二维码" shape-rendering="crispEdges">
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}
