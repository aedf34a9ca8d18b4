import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggestPeople } from './people';
import { contextFor } from './testing';

function people(body: string) {
  return suggestPeople(contextFor(body)).map((p) => [p.name, p.post]);
}

test('a chain of posts before a name', () => {
  assert.deepEqual(people('省委常委、洛阳市委书记、省光电产业链链长江凌出席会议并讲话。'), [['江凌', '省委常委、洛阳市委书记、省光电产业链链长']]);
});

test('several people in one sentence, names of two and three characters', () => {
  assert.deepEqual(people('省委书记楼某生讲话，省长王凯主持，省政协主席孔某生出席。'), [
    ['楼某生', '省委书记'],
    ['王凯', '省长'],
    ['孔某生', '省政协主席'],
  ]);
});

test('posts after a body name, and the clause opener removed', () => {
  assert.deepEqual(people('据长春市工业和信息化局党组书记方某华介绍，本届博览会规模更大。'), [['方某华', '长春市工业和信息化局党组书记']]);
  assert.deepEqual(people('省民政厅党组书记、厅长余某庆，省工信厅负责同志参加会议。'), [['余某庆', '省民政厅党组书记、厅长']]);
});

test('names listed after one post share it', () => {
  assert.deepEqual(people('省领导江凌、陈星、刘南昌出席会议。'), [
    ['江凌', '省领导'],
    ['陈星', '省领导'],
    ['刘南昌', '省领导'],
  ]);
});

test('posts not followed by a name', () => {
  assert.deepEqual(people('全省重点企业代表等参加会议，邀请院士20余位，专家委员会第二次会议召开，主任向大会报告。'), []);
});

test('the span runs from the post to the end of the name', () => {
  const [person] = suggestPeople(contextFor('会上，省长王凯主持。'));
  assert.deepEqual([person!.text, person!.start, person!.end], ['省长王凯', 3, 7]);
});

test('common nouns after a post are not names (单位, 代表, 负责人)', () => {
  const names = (body: string) => suggestPeople(contextFor(body)).map((p) => p.name);
  assert.deepEqual(names('各县区主要负责人、单位负责人参加会议。'), []);
  assert.deepEqual(names('企业负责人代表发言。'), []);
  assert.deepEqual(names('市委书记单位调研时强调。'), []);
  assert.deepEqual(names('省委书记楼阳生出席并讲话。'), ['楼阳生']);
});
