import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { eventTime, watchErrors } from './support/app';

/** P1 without its load balancer: the clients' REST URL names OT1 (the layout OT-2 warns about). */
function noLbDesign(): unknown {
  const p1 = JSON.parse(readFileSync('src/templates/ontime-p1-colocated.json', 'utf8')) as {
    name: string;
    nodes: Array<{ id: string }>;
    relations: Array<{ kind: string; from: string; to: string }>;
  };
  return {
    ...p1,
    name: 'P1 without load balancer',
    nodes: p1.nodes.filter((n) => n.id !== 'LB'),
    relations: [{ id: 'r-cl-ot1', kind: 'restUrl', from: 'CL', to: 'OT1' }],
  };
}

test('OT-2: without a load balancer the clients fail with OT1 until the operator points the REST URL at OT2', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  const design = noLbDesign();
  await page.addInitScript((d) => {
    localStorage.setItem('failover-lab.language', 'en');
    (window as unknown as { __FAILOVER_LAB_DESIGN__: unknown }).__FAILOVER_LAB_DESIGN__ = d;
  }, design);
  await page.goto('/');
  const clients = page.getByRole('group', { name: 'Clients', exact: true });
  await expect(clients).toContainText('REST via OT1');

  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByLabel('Speed').selectOption('20');
  await page.getByRole('group', { name: 'OT1', exact: true }).click({ button: 'right' });
  await page.getByRole('menu', { name: 'Actions for OT1' }).getByRole('menuitem', { name: 'Crash server' }).click();

  // Nothing heals this by itself: every request fails.
  await expect(clients.getByRole('status')).toHaveText(/Failed/);
  await expect(clients).toContainText('0 % of requests answered');
  await eventTime(page, 'Users of Clients: every request fails');

  // The operator's action, offered for the clients in the fault toolbar (and their context menu).
  const toolbar = page.getByRole('toolbar', { name: 'Fault injection' });
  await toolbar.getByLabel('Break').selectOption({ label: 'Clients' });
  await expect(toolbar.getByRole('button', { name: 'Point REST URL at OT1' })).toHaveCount(0);
  await toolbar.getByRole('button', { name: 'Point REST URL at OT2' }).click();
  await eventTime(page, 'The REST URL of Clients now points to OT2 (was OT1)');
  await expect(clients).toContainText('REST via OT2');
  await expect(clients).toContainText('100 % of requests answered');
  await expect(clients.getByRole('status')).toHaveText(/Running/);
  expect(errors).toEqual([]);
});
