import { useState } from 'preact/hooks';
import { logReveal } from '../../crm/repository';
import { checkRevealReason, maskIdNumber, maskPhone } from '../../engine/crm/masking';
import { useDomId } from '../shared/use-dom-id';
import { messageOf } from './messages';
import type { Crm } from './use-crm';

interface Props {
  crm: Crm;
  customerId: string;
  field: 'phone' | 'idNumber';
  label: string;
  value: string;
}

/** A masked number with 查看完整号码: the learner must give a reason, which goes into the customer's audit log. */
export function RevealNumber({ crm, customerId, field, label, value }: Props) {
  const [shown, setShown] = useState(false);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const id = useDomId();
  if (value.trim() === '') return <span class="crm-muted">未填写</span>;
  const masked = field === 'phone' ? maskPhone(value) : maskIdNumber(value);

  const reveal = (event: Event) => {
    event.preventDefault();
    try {
      const why = checkRevealReason(reason);
      void crm.run(async (db) => {
        await logReveal(db, customerId, field, why, new Date().toISOString());
        setShown(true);
        setAsking(false);
        return `已显示${label}，查看理由已记入审计日志。`;
      });
    } catch (error) {
      setProblem(messageOf(error));
    }
  };

  if (shown) return <span class="crm-number">{value} <button type="button" class="btn crm-small" onClick={() => setShown(false)}>隐藏</button></span>;
  return (
    <span class="crm-number">
      <span aria-label={`${label}（已脱敏）`}>{masked}</span>{' '}
      {!asking && <button type="button" class="btn crm-small" onClick={() => setAsking(true)}>查看完整{label}</button>}
      {asking && (
        <form class="crm-reveal" onSubmit={reveal}>
          <label for={id}>查看{label}的理由（记入审计日志）</label>
          <input id={id} value={reason} data-autofocus onInput={(e) => { setReason(e.currentTarget.value); setProblem(''); }} placeholder="如：回访前核实客户身份" aria-invalid={problem ? 'true' : undefined} />
          <button type="submit" class="btn">确认查看</button>
          <button type="button" class="btn" onClick={() => setAsking(false)}>取消</button>
          {problem && <span role="alert" class="crm-field-error">{problem}</span>}
        </form>
      )}
    </span>
  );
}
