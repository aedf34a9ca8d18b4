import type { Handlers } from '../../api/contract';
import { search } from '../services/search';
import type { Ctx } from './context';

export const searchHandlers = ({ db }: Ctx): Handlers['search'] => ({
  query: (a) => search(db, a),
});
