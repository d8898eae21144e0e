import { Hono } from 'hono';
import { z } from 'zod';
import { page, type AppEnv, type Ctx } from '../context.js';
import { ALL_REDACTION_KINDS, DEFAULT_PHONE_COUNTRIES, RedactOptionsError } from '@priv/redact';
import { redactForTutor, splitAtFindings, splitOn, tutorRedactOptions, type RedactResult } from '../domain/redaction.js';
import { BadInput } from '../errors.js';
import { field, readForm, readJson } from '../http/input.js';
import { words } from '../views/format.js';

/** The AI tutor: shows exactly what `@priv/redact` would send to the model. No model is called. */
export const tutorRoutes = new Hono<AppEnv>();

/** Longest chat message accepted, in characters. */
export const MAX_MESSAGE_CHARS = 20_000;

const MessageSchema = z.object({
  message: z
    .string()
    .trim()
    .min(1, 'Type a message first')
    .max(MAX_MESSAGE_CHARS, `Messages are limited to ${MAX_MESSAGE_CHARS.toLocaleString('en')} characters`),
});

const EXAMPLE =
  'Hi! My code crashes when I email ada@example.com from Python. Call me on +44 20 7946 0958, or charge my card 4242 4242 4242 4242 for the Pro plan.';

function redactOrFail(c: Ctx, message: string): RedactResult {
  try {
    return redactForTutor(c.get('policy').manifest, c.get('account')?.country, message);
  } catch (error) {
    if (error instanceof RedactOptionsError)
      throw new BadInput(
        400,
        error.message,
        error.issues.map((i) => ({ pathText: i.pathText, message: i.message })),
      );
    throw error;
  }
}

function tutorPage(c: Ctx, props: { message?: string; result?: RedactResult; issues?: { pathText: string; message: string }[] }, status: 200 | 400 = 200) {
  const m = c.get('policy').manifest;
  const country = tutorRedactOptions(m, c.get('account')?.country).countries?.[0];
  const recipients = m.redaction?.before.map((k) => m.recipients.find((r) => r.key === k)?.name ?? k) ?? [];
  return page(
    c,
    'AI tutor',
    <>
      <h1>AI tutor</h1>
      <p class="lead">
        Ask the tutor anything. Before a message goes to the model, <code>@priv/redact</code> strips what the policy says must not reach it; this page shows
        exactly what would be sent. <strong>No real model is called in this demo.</strong>
      </p>
      <div class={`banner ${m.redaction ? 'info' : 'warn'}`} data-testid="redaction-promise">
        {m.redaction ? (
          <>
            This policy promises: “{m.redaction.description ?? 'redaction before the AI'}” — {m.redaction.kinds.map(words).join(', ')} are removed before the
            text reaches {recipients.join(', ')}.
          </>
        ) : (
          <>
            This policy makes no redaction promise; the demo applies every kind the package knows ({ALL_REDACTION_KINDS.map(words).join(', ')}) to show what it
            would do.
          </>
        )}
      </div>
      <p class="small muted" data-testid="phone-reading">
        {country
          ? `Phone numbers: written with a country code (+44 …), and national numbers in the numbering plan of ${country}, your account's country, read first, then in the plans of the ${DEFAULT_PHONE_COUNTRIES.length - 1} other countries @priv/redact reads by default.`
          : `Phone numbers: you are not signed in, so no country is passed and @priv/redact's default reading applies: numbers with a country code (+44 20 7946 0958) and national numbers in the numbering plans of its ${DEFAULT_PHONE_COUNTRIES.length} default countries (020 7946 0958).`}
      </p>
      {props.issues ? (
        <div class="banner bad" data-testid="tutor-errors">
          {props.issues.map((i) => (
            <div>{i.message}</div>
          ))}
        </div>
      ) : null}
      <div class="chat">
        {props.message && props.result ? (
          <>
            <div class="bubble" data-testid="original-message">
              <div class="small muted">You wrote</div>
              {splitAtFindings(props.message, props.result.findings).map((p) =>
                p.kind ? (
                  <mark class="found" title={p.kind}>
                    {p.text}
                  </mark>
                ) : (
                  p.text
                ),
              )}
            </div>
            <div class="bubble sent" data-testid="sent-to-model">
              <div class="small muted">
                Sent to the model ({props.result.findings.length} item{props.result.findings.length === 1 ? '' : 's'} redacted)
              </div>
              {splitOn(
                props.result.text,
                props.result.findings.map((f) => f.replacement),
              ).map((p) => (p.hit ? <mark class="ph">{p.text}</mark> : p.text))}
            </div>
            <table data-testid="findings">
              <thead>
                <tr>
                  <th>Kind</th>
                  <th>Found at</th>
                  <th>Replaced with</th>
                </tr>
              </thead>
              <tbody>
                {props.result.findings.map((f) => (
                  <tr>
                    <td>{words(f.kind)}</td>
                    <td>
                      characters {f.start}–{f.end}
                    </td>
                    <td>
                      <code>{f.replacement}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div class="bubble muted">Tutor: (no model is called in this demo — a real tutor would now answer the redacted text above.)</div>
          </>
        ) : null}
        <form method="post" action="/tutor" class="card gridform">
          <label>
            Your message
            <textarea name="message" rows={5} data-testid="tutor-message" maxlength={MAX_MESSAGE_CHARS}>
              {props.message ?? EXAMPLE}
            </textarea>
          </label>
          <div>
            <button type="submit" data-testid="tutor-send">
              Preview what the model receives
            </button>
          </div>
        </form>
      </div>
    </>,
    status,
  );
}

tutorRoutes.get('/tutor', (c) => tutorPage(c, {}));

tutorRoutes.post('/tutor', async (c) => {
  const parsed = MessageSchema.safeParse({ message: field(await readForm(c), 'message') });
  if (!parsed.success) return tutorPage(c, { issues: parsed.error.issues.map((i) => ({ pathText: 'message', message: i.message })) }, 400);
  return tutorPage(c, { message: parsed.data.message, result: redactOrFail(c, parsed.data.message) });
});

/** API: `{ "message": "..." }` -> what would be sent, with the findings. */
tutorRoutes.post('/api/redact', async (c) => {
  const body = await readJson(c, 'Send a JSON body: { "message": "..." }');
  const parsed = MessageSchema.safeParse(body);
  if (!parsed.success)
    throw new BadInput(
      parsed.error.issues.some((i) => i.code === 'too_big') ? 413 : 400,
      'Invalid message',
      parsed.error.issues.map((i) => ({ pathText: i.path.join('.') || 'message', message: i.message })),
    );
  const result = redactOrFail(c, parsed.data.message);
  return c.json({ policy: c.get('policy').id, sent: result.text, findings: result.findings });
});
