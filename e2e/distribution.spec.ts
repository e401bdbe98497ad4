import { startTestReceiver } from '../test/webhooks/test-receiver';
import { verifySignature } from '../server/distribution/webhooks/webhook-signature';
import { E2E_RECEIVER_PORT } from './support/environment';
import { demoAccount, expect, test } from './support/fixtures';

const ADMIN = demoAccount('ADMIN');

test.describe('distribution admin', () => {
  test('an admin makes an API key (shown once) and revokes it, registers a webhook, sees its delivery log and sends an event again', async ({
    page,
    signInAs,
    expectAccessible,
  }) => {
    test.setTimeout(240_000); // a long journey, and webhook deliveries run in the background
    const stamp = Date.now().toString(36);
    const receiver = await startTestReceiver(() => 200, E2E_RECEIVER_PORT);
    try {
      await signInAs(ADMIN.email);
      await page.goto('/desk');

      // An API key: the secret is shown once, then only its first characters.
      await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Distribution' }).click();
      await expect(page).toHaveURL(/\/desk\/admin\/api-keys$/);
      await page.getByLabel('Name', { exact: true }).fill(`Mobile app ${stamp}`);
      await page.getByRole('button', { name: 'Create key' }).click();
      const secret = (await page.getByTestId('one-time-secret').textContent())!.trim();
      expect(secret).toMatch(/^mh_[A-Za-z0-9_-]{43}$/);
      await expectAccessible(page);
      await page.screenshot({ path: 'e2e/.screens/api-keys-created.png', fullPage: true });
      await page.getByRole('button', { name: 'Done' }).click();
      await expect(page.getByTestId('one-time-secret')).toHaveCount(0);
      const row = page.getByTestId(`api-key-Mobile app ${stamp}`);
      await expect(row).toContainText(secret.slice(0, 10));
      await expect(row).not.toContainText(secret);

      // It reads the API; once revoked, it is refused on the very next request.
      const withKey = { headers: { authorization: `Bearer ${secret}` } };
      expect((await page.request.get('/api/v1/articles', withKey)).status()).toBe(200);
      await page.reload();
      await expect(row).not.toContainText('Never');
      page.once('dialog', (dialog) => void dialog.accept());
      await row.getByRole('button', { name: `Revoke Mobile app ${stamp}` }).click();
      await expect(row).toContainText('Revoked');
      expect((await page.request.get('/api/v1/articles', withKey)).status()).toBe(401);

      // A webhook for section events: its signing secret is shown once.
      await page.getByRole('navigation', { name: 'Distribution' }).getByRole('link', { name: 'Webhooks' }).click();
      await expect(page).toHaveURL(/\/desk\/admin\/webhooks$/);
      await expect(page.getByRole('heading', { name: 'New webhook' })).toBeVisible();
      await page.getByLabel('Name', { exact: true }).fill(`Partner ${stamp}`);
      await page.getByLabel('Address', { exact: true }).fill(receiver.url);
      await page.getByLabel('section.created').check();
      await page.getByRole('button', { name: 'Register webhook' }).click();
      const signingSecret = (await page.getByTestId('one-time-secret').textContent())!.trim();
      expect(signingSecret).toMatch(/^whsec_/);
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Done' }).click();

      // A new section raises section.created: the receiver gets it, signed.
      await page.goto('/desk/admin/sections');
      await page.getByLabel('Name', { exact: true }).fill(`Webhooks ${stamp}`);
      await page.getByRole('button', { name: 'Create section' }).click();
      await receiver.until(() => receiver.accepted().length === 1);
      const [request] = receiver.received;
      expect(verifySignature({ secret: signingSecret, body: request!.body, header: String(request!.headers['masthead-signature']) })).toBe(true);
      expect(JSON.parse(request!.body)).toMatchObject({ type: 'section.created', data: { section: { name: `Webhooks ${stamp}` } } });

      // The delivery log shows it with its status code; "Send again" sends the same event once more.
      await page.goto('/desk/admin/webhooks');
      await page.getByRole('button', { name: `Deliveries of Partner ${stamp}` }).click();
      const delivery = page.getByTestId('webhook-delivery').first();
      await expect(delivery).toContainText('section.created');
      await expect(delivery).toContainText(/200 in \d+ ms/);
      await expectAccessible(page);
      await page.screenshot({ path: 'e2e/.screens/webhook-deliveries.png', fullPage: true });
      await delivery.getByRole('button', { name: 'Send section.created again' }).click();
      await receiver.until(() => receiver.accepted().length === 2);
      expect(receiver.received[1]!.headers['masthead-event-id']).toBe(request!.headers['masthead-event-id']);
      await expect(page.getByTestId('webhook-delivery')).toHaveCount(2);
    } finally {
      await receiver.close();
    }
  });
});
