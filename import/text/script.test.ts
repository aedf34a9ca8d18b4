import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectScript } from './script';

test('simplified text', () => {
  assert.equal(detectScript('全省光电产业链专题会议在郑州召开，会后发布了行动计划。'), 'simplified');
});

test('traditional text, including characters such as 台 and 後 that convert both ways', () => {
  assert.equal(detectScript('臺灣與大陸的光電產業鏈合作，會後發表聲明，台北市政府參與。'), 'traditional');
});

test('mixed when both scripts appear in earnest', () => {
  assert.equal(detectScript('光电产业链发展迅速。光電產業鏈發展迅速。'), 'mixed');
});

test('one stray character does not make a text mixed', () => {
  assert.equal(detectScript('光电产业链专题会议在郑州召开，研究推动光电产业发展，會议要求落实。'), 'simplified');
});

test('none without Han characters', () => {
  assert.equal(detectScript('Optoelectronics chain meeting, 2023-06-12'), 'none');
});
