import type { Clock } from '../../context.js';
import type { Db } from '../../db/database.js';
import type { Mailer } from '../mail/index.js';

const MAX_NOTICE_ATTEMPTS = 5;
/** While a notice is being sent, it is not due again for this long (another process, or a crash, then retries it). */
const NOTICE_CLAIM_MS = 5 * 60 * 1000;

interface NoticeLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * Mails the company's notification address about subscriptions the dispatcher disabled (410 or retry schedule
 * spent). Each notice is claimed by a conditional update, so with several processes exactly one sends it; a failed
 * send is retried a few times, a minute apart and more.
 */
export async function sendDueNotices(deps: { db: Db; clock: Clock; mailer: Mailer; publicUrl: string; log: NoticeLog }): Promise<number> {
  const { db, clock } = deps;
  const now = clock.now();
  const due = await db
    .selectFrom('webhookSubscriptions')
    .select(['id', 'companyId', 'url', 'disabledReason', 'disabledAt', 'noticeDueAt', 'noticeAttempts'])
    .where('noticeDueAt', 'is not', null)
    .where('noticeDueAt', '<=', now.toISOString())
    .limit(20)
    .execute();
  let sent = 0;
  for (const sub of due) {
    const claimed = await db
      .updateTable('webhookSubscriptions')
      .set({ noticeDueAt: new Date(now.getTime() + NOTICE_CLAIM_MS).toISOString() })
      .where('id', '=', sub.id)
      .where('noticeDueAt', '=', sub.noticeDueAt)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) continue;
    try {
      const company = await db
        .selectFrom('companies')
        .select(['name', 'notificationEmail'])
        .where('id', '=', sub.companyId)
        .executeTakeFirst();
      const lastAttempt = await db
        .selectFrom('webhookDeliveryAttempts as a')
        .innerJoin('webhookDeliveries as d', 'd.id', 'a.deliveryId')
        .select(['a.attemptedAt', 'a.statusCode', 'a.error', 'd.eventType', 'd.id as deliveryId'])
        .where('d.companyId', '=', sub.companyId)
        .where('d.subscriptionId', '=', sub.id)
        .orderBy('a.attemptedAt', 'desc')
        .limit(1)
        .executeTakeFirst();
      const why =
        sub.disabledReason === 'gone'
          ? 'the receiver answered 410 Gone, which asks senders to stop'
          : 'a delivery kept failing through the whole retry schedule (10 attempts over about three days)';
      const lines = [
        `Roster stopped sending webhooks to ${sub.url} for ${company?.name ?? 'your company'}: ${why}.`,
        '',
        `Subscription: ${sub.id}`,
        `Disabled at: ${sub.disabledAt}`,
        lastAttempt
          ? `Last attempt: ${lastAttempt.attemptedAt}, ${lastAttempt.eventType}, ${lastAttempt.statusCode !== null ? `HTTP ${lastAttempt.statusCode}` : (lastAttempt.error ?? 'no answer')}`
          : '',
        '',
        'Events keep being recorded. Once the endpoint works again:',
        `  1. re-enable the subscription: PUT ${deps.publicUrl}/webhook/v1/subscriptions/${sub.id} with {"enabled": true};`,
        '     pending deliveries resume and the events since it stopped are delivered;',
        `  2. send the failed deliveries again: GET ${deps.publicUrl}/webhook/v1/deliveries?subscriptionId=${sub.id}&status=failed,`,
        '     then POST /webhook/v1/deliveries/{id}/redeliver for each.',
      ].filter((l, i, all) => l !== '' || all[i - 1] !== '');
      if (company?.notificationEmail) {
        await deps.mailer.send({
          to: [company.notificationEmail],
          subject: `Webhook disabled: ${sub.url}`,
          text: lines.join('\n'),
          about: { subscriptionId: sub.id, companyId: sub.companyId },
        });
      } else {
        deps.log.warn(
          { subscriptionId: sub.id, companyId: sub.companyId, notice: lines.join('\n') },
          'webhook disabled; the company has no notification email',
        );
      }
      await db.updateTable('webhookSubscriptions').set({ noticeDueAt: null }).where('id', '=', sub.id).execute();
      sent += 1;
    } catch (err) {
      const attempts = sub.noticeAttempts + 1;
      const giveUp = attempts >= MAX_NOTICE_ATTEMPTS;
      deps.log.error(
        { err, subscriptionId: sub.id, attempts },
        giveUp ? 'could not send the webhook-disabled notice; giving up' : 'could not send the webhook-disabled notice',
      );
      await db
        .updateTable('webhookSubscriptions')
        .set({
          noticeAttempts: attempts,
          noticeDueAt: giveUp ? null : new Date(now.getTime() + attempts * 60_000).toISOString(),
        })
        .where('id', '=', sub.id)
        .execute();
    }
  }
  return sent;
}
