import { stageOn, sortedTimeline } from '../../as-of';
import { ENACTMENT_EVENTS, STAGE_LABELS } from '../../../vocab';
import type { Rule } from '../rule';

/**
 * The timeline agrees with the stated stage: events are in date order, nothing precedes the
 * introduction or proposal, an enacted or adopted instrument has its enactment event, a decided
 * case its judgment, a co-legislator's position names its body,
 * and the stage derived from the timeline on stage.asOf is the stage stated.
 */
export const timelineConsistency: Rule = {
  name: 'timeline-consistency',
  description: 'Timeline events are ordered and consistent with the stated stage.',
  check(ctx, report) {
    for (const inst of ctx.instruments) {
      const f = inst.file;
      for (let i = 1; i < inst.timeline.length; i++) {
        if (inst.timeline[i].date < inst.timeline[i - 1].date) {
          report({
            file: f,
            path: `timeline[${i}].date`,
            message: `got ${inst.timeline[i].date}, earlier than timeline[${i - 1}] (${inst.timeline[i - 1].date})`,
            fix: 'list events oldest first',
          });
        }
      }
      inst.timeline.forEach((e, i) => {
        if (e.type === 'position' && !e.body)
          report({
            file: f,
            path: `timeline[${i}].body`,
            message: 'a "position" event must say whose position it is',
            fix: 'add body: council or body: parliament',
          });
      });
      // An overview gathers many laws: it has dated findings, not a law-making history of its own.
      if (inst.kind === 'overview') continue;
      const start = inst.timeline.find((e) => e.type === 'introduced' || e.type === 'proposed');
      if (start) {
        inst.timeline.forEach((e, i) => {
          if (e.date < start.date)
            report({
              file: f,
              path: `timeline[${i}].date`,
              message:
                `got ${e.date}, before the ${start.type === 'proposed' ? 'proposal' : 'introduction'} on ` +
                `${start.date}`,
              fix: 'correct the date: no event can precede the introduction',
            });
        });
      }
      const v = inst.stage.value;
      if ((v === 'enacted' || v === 'adopted') && !inst.timeline.some((e) => ENACTMENT_EVENTS.includes(e.type))) {
        report({
          file: f,
          path: 'timeline',
          message: `stage is "${v}" but no event of type "royal-assent", "signed" or "adopted" is listed`,
          fix: 'add the dated enactment event with its source',
        });
      }
      if ((v === 'decided' || v === 'on-appeal') && !inst.timeline.some((e) => e.type === 'judgment')) {
        report({
          file: f,
          path: 'timeline',
          message: `stage is "${v}" but no event of type "judgment" is listed`,
          fix: 'add the dated judgment with its source',
        });
      }
      const derived = stageOn(inst, inst.stage.asOf);
      if (derived && derived !== v) {
        const last = sortedTimeline(inst)
          .filter((e) => e.date <= inst.stage.asOf)
          .at(-1);
        report({
          file: f,
          path: 'stage.value',
          message:
            `got "${v}", but the timeline up to ${inst.stage.asOf} puts it at "${derived}" ` +
            `(${STAGE_LABELS[derived]}; last event ${last?.date} "${last?.type}")`,
          fix: `set stage.value to "${derived}", or add the missing timeline event that moved it to "${v}"`,
        });
      }
    }
  },
};
