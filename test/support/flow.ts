/** Drives the pure flow reducer the way the wizard does, answering by question id. */
import { loadQuestionBank } from '../../source/core/flow/bank.js';
import {
  currentQuestion,
  type Flow,
  type FlowAction,
  type FlowState,
  initialState,
  isReview,
  reduce,
} from '../../source/core/flow/flow.js';
import { catalogs } from './replay.js';

export const flow: Flow = { bank: loadQuestionBank(), catalogs };

export class Session {
  state: FlowState = initialState(flow);

  get question() {
    return currentQuestion(flow, this.state);
  }

  get onReview() {
    return isReview(flow, this.state);
  }

  do(action: FlowAction): this {
    this.state = reduce(flow, this.state, action);
    return this;
  }

  /** Answers the current question, after checking it is the one expected. */
  answer(id: string, value: unknown): this {
    if (this.question?.id !== id) throw new Error(`expected question ${id}, on ${this.question?.id ?? 'review'}`);
    return this.do({ type: 'answer', value });
  }

  expectAt(id: string): this {
    if (this.question?.id !== id) throw new Error(`expected question ${id}, on ${this.question?.id ?? 'review'}`);
    return this;
  }
}
