import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { complaintHandlingKpis } from '~/engine/communication/complaints/complaint-handling-kpis';
import { expectEngineError } from '../../expect-engine-error';

describe('complaintHandlingKpis, worked by hand', () => {
  it('divides each count by its own base', () => {
    // 45/60 = 0.75, 54/60 = 0.9, 30/40 = 0.75 (base: the 40 reached, not the 60 complaints), 3/60 = 0.05
    const result = complaintHandlingKpis(
      Object.freeze({ complaints: 60, resolvedAtFirstContact: 45, closedOnTime: 54, followedUp: 40, satisfiedAtFollowUp: 30, repeatComplaints: 3 }),
    );
    expect(result.firstContactResolution).toBeCloseTo(0.75, 12);
    expect(result.onTimeClosure).toBeCloseTo(0.9, 12);
    expect(result.complaintSatisfaction).toBeCloseTo(0.75, 12);
    expect(result.repeatComplaintRate).toBeCloseTo(0.05, 12);
  });

  it('gives null for a share with an empty base', () => {
    expect(complaintHandlingKpis({ complaints: 0, resolvedAtFirstContact: 0, closedOnTime: 0, followedUp: 0, satisfiedAtFollowUp: 0, repeatComplaints: 0 })).toEqual({
      firstContactResolution: null,
      onTimeClosure: null,
      complaintSatisfaction: null,
      repeatComplaintRate: null,
    });
    // Nobody reached at follow-up: only the satisfaction rate is missing.
    expect(complaintHandlingKpis({ complaints: 4, resolvedAtFirstContact: 1, closedOnTime: 2, followedUp: 0, satisfiedAtFollowUp: 0, repeatComplaints: 0 }).complaintSatisfaction).toBeNull();
  });

  it('rejects parts larger than their whole', () => {
    const ok = { complaints: 10, resolvedAtFirstContact: 5, closedOnTime: 8, followedUp: 6, satisfiedAtFollowUp: 4, repeatComplaints: 1 };
    expectEngineError(() => complaintHandlingKpis({ ...ok, resolvedAtFirstContact: 11 }), 'inconsistent-counts');
    expectEngineError(() => complaintHandlingKpis({ ...ok, satisfiedAtFollowUp: 7 }), 'inconsistent-counts');
    expectEngineError(() => complaintHandlingKpis({ ...ok, followedUp: 12 }), 'inconsistent-counts');
    expectEngineError(() => complaintHandlingKpis({ ...ok, repeatComplaints: -1 }), 'invalid-count');
  });
});

describe('complaintHandlingKpis, properties', () => {
  it('every share lies in [0, 1]', () => {
    const counts = fc.integer({ min: 1, max: 5000 }).chain((complaints) =>
      fc.integer({ min: 0, max: complaints }).chain((followedUp) =>
        fc.record({
          complaints: fc.constant(complaints),
          resolvedAtFirstContact: fc.integer({ min: 0, max: complaints }),
          closedOnTime: fc.integer({ min: 0, max: complaints }),
          followedUp: fc.constant(followedUp),
          satisfiedAtFollowUp: fc.integer({ min: 0, max: followedUp }),
          repeatComplaints: fc.integer({ min: 0, max: complaints }),
        }),
      ),
    );
    fc.assert(
      fc.property(counts, (c) => {
        for (const share of Object.values(complaintHandlingKpis(c))) {
          if (share === null) continue;
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
