/**
 * The measurable outcomes of Birmingham's Vulnerable Adults (VA1) Housing and Wellbeing Support
 * Outcomes Framework (2019), as ids for the `needs` field of {@link ClientRecord}.
 *
 * @packageDocumentation
 */

/** The ids of the VA1 measurable outcomes, in the framework's order. */
export const VA1_OUTCOME_IDS = [
  'maximise-income',
  'reduce-debt',
  'paid-work',
  'unpaid-work-activity',
  'training-education',
  'physical-health',
  'mental-health',
  'wellbeing-satisfaction',
  'safe-and-well',
  'primary-health-care',
  'maintain-accommodation',
  'settled-accommodation',
  'community-activities',
  'establish-contact',
  'integrate-community',
  'no-domestic-abuse',
  'understand-domestic-abuse',
  'no-reoffending',
  'homeless-integration',
  'appropriate-networks',
] as const;

/** The id of a VA1 measurable outcome. */
export type Va1OutcomeId = (typeof VA1_OUTCOME_IDS)[number];

/** One VA1 measurable outcome: the need ("needed support to …") and its achievement. */
export interface Va1Outcome {
  /** Stable id, used in `needs` and in `need_<id>` file columns. */
  readonly id: Va1OutcomeId;
  /** The framework outcome it belongs to, e.g. "Succeed economically". */
  readonly outcome: string;
  /** Strategic (all client groups) or service-specific (one client group). */
  readonly scope: 'strategic' | 'service-specific';
  /** For service-specific outcomes, the client group (domestic abuse, ex-offenders, homeless, young people). */
  readonly clientGroup?: string;
  /** The indicator, as the framework heads it. */
  readonly indicator: string;
  /** The framework's wording of the need. */
  readonly need: string;
  /** The framework's wording of the need met. */
  readonly met: string;
}

/**
 * The twenty measurable outcomes of the VA1 framework, Part two: 15 strategic outcomes under
 * "Succeed economically", "Improved health and wellbeing", "Maintain accommodation and avoid
 * eviction" and "Inclusion and connection with local communities", and 5 service-specific ones.
 *
 * @remarks
 * Each outcome is "needs focused": it is selected for a client at assessment when the need is
 * identified, and counted as achieved on "confirmation that the need has been met and the evidence as
 * to how". A record states, per identified outcome, whether the need is met fully or partially (see
 * {@link NEED_STATUS}). The framework gives two extra indicators under "Access primary health care"
 * (registered with a GP; received a health check); they are evidence of `primary-health-care`, not
 * separate needs. The framework's "integrate and become part of a new community" gives no wording for
 * the need met; `met` paraphrases its closing question.
 *
 * **References**
 * - Birmingham City Council (2019). Vulnerable Adults Housing and Wellbeing Support: Outcomes
 *   Framework, 20 February 2019, Part two "Measureable outcomes" (strategic and service-specific
 *   outcomes, methodology).
 * - Prevention First framework review (2022), §7.2.1 ("In many cases these can be taken directly from
 *   the current VA1 standards").
 *
 * @example
 * ```ts
 * import { VA1_OUTCOMES } from 'social-outcomes/schema';
 * VA1_OUTCOMES.length //=> 20
 * VA1_OUTCOMES[0] //=> { id: 'maximise-income', outcome: 'Succeed economically' }
 * ```
 */
export const VA1_OUTCOMES: ReadonlyArray<Va1Outcome> = Object.freeze([
  { id: 'maximise-income', outcome: 'Succeed economically', scope: 'strategic', indicator: 'Maximise income, including receipt of the correct benefits', need: 'Vulnerable adult needed support to maximise their income.', met: 'Vulnerable adult maximised their income.' },
  { id: 'reduce-debt', outcome: 'Succeed economically', scope: 'strategic', indicator: 'Reduce overall debt', need: 'Vulnerable adult needed support to reduce their overall debt.', met: 'Vulnerable adult reduced their overall debt.' },
  { id: 'paid-work', outcome: 'Succeed economically', scope: 'strategic', indicator: 'Obtain paid work/participate in paid work', need: 'Vulnerable adult needed support to obtain paid work.', met: 'Vulnerable adult obtained paid work.' },
  { id: 'unpaid-work-activity', outcome: 'Succeed economically', scope: 'strategic', indicator: 'Participate in chosen unpaid work like activity such as volunteering or work experience', need: 'Vulnerable adult needed support to participate in chosen work like activity.', met: 'Vulnerable adult participated in chosen work like activity.' },
  { id: 'training-education', outcome: 'Succeed economically', scope: 'strategic', indicator: 'Participate in chosen training and/or education', need: 'Vulnerable adult needed support to participate in training and/or education.', met: 'Vulnerable adult participated in training and/or education.' },
  { id: 'physical-health', outcome: 'Improved health and wellbeing', scope: 'strategic', indicator: 'Better manage or improve physical health', need: 'Vulnerable adult needed support to better manage or improve their physical health.', met: 'Vulnerable adult better managed or improved their physical health.' },
  { id: 'mental-health', outcome: 'Improved health and wellbeing', scope: 'strategic', indicator: 'Better manage or improve mental health', need: 'Vulnerable adult needed support to better manage or improve their mental health.', met: 'Vulnerable adult better managed or improved their mental health.' },
  { id: 'wellbeing-satisfaction', outcome: 'Improved health and wellbeing', scope: 'strategic', indicator: 'Improved (self-reported) wellbeing satisfaction levels', need: 'Vulnerable adult needed support to improve satisfaction levels of wellbeing.', met: 'Vulnerable adult reported improved satisfaction levels of wellbeing.' },
  { id: 'safe-and-well', outcome: 'Improved health and wellbeing', scope: 'strategic', indicator: 'Vulnerable adult is safe and well and not self-neglecting', need: 'Vulnerable adult needed support to not self-neglect and remain safe and well.', met: 'Vulnerable adult does not self-neglect and remains safe and well.' },
  { id: 'primary-health-care', outcome: 'Improved health and wellbeing', scope: 'strategic', indicator: 'Access primary health care including health checks', need: 'Vulnerable adult needed support to access primary health care.', met: 'Vulnerable adult accessed primary health care.' },
  { id: 'maintain-accommodation', outcome: 'Maintain accommodation and avoid eviction', scope: 'strategic', indicator: 'Maintain accommodation and avoid eviction', need: 'Vulnerable adult needed support to maintain their accommodation and avoid eviction.', met: 'Vulnerable adult maintained their accommodation and avoided eviction.' },
  { id: 'settled-accommodation', outcome: 'Maintain accommodation and avoid eviction', scope: 'strategic', indicator: 'Secure / Obtain settled accommodation', need: 'Vulnerable adult needed support to secure/obtain settled accommodation.', met: 'Vulnerable adult secured/obtained settled accommodation.' },
  { id: 'community-activities', outcome: 'Inclusion and connection with local communities', scope: 'strategic', indicator: 'Participate in leisure, cultural, faith, informal learning and community activities', need: 'Vulnerable adult needed support to participate in leisure, cultural, faith, informal learning and community activities.', met: 'Vulnerable adult participated in leisure, cultural, faith, informal learning and community activities.' },
  { id: 'establish-contact', outcome: 'Inclusion and connection with local communities', scope: 'strategic', indicator: 'Establish contact with external services, family and/or friends', need: 'Vulnerable adult needed support to establish contact with external services, family and/or friends.', met: 'Vulnerable adult established contact with external services, family and/or friends.' },
  { id: 'integrate-community', outcome: 'Inclusion and connection with local communities', scope: 'strategic', indicator: 'Integrate and become part of a new community', need: 'Vulnerable adult needed support to integrate and become part of a new community.', met: 'Vulnerable adult is now part of a new community and not returning to previous community.' },
  { id: 'no-domestic-abuse', outcome: 'Reduction in the risk of further incidents of domestic abuse', scope: 'service-specific', clientGroup: 'Domestic abuse', indicator: 'Reduction in the risk of further incidents of domestic abuse', need: 'Vulnerable adult needed support to experience no incidents of domestic abuse during service.', met: 'Vulnerable adult experienced no incidents of domestic abuse whilst in service.' },
  { id: 'understand-domestic-abuse', outcome: 'Understanding the nature and cause of domestic abuse', scope: 'service-specific', clientGroup: 'Domestic abuse', indicator: 'Understanding the nature and cause of domestic abuse', need: 'Vulnerable adult needed support to understand the nature and cause of domestic abuse.', met: 'Vulnerable adult understood the nature and cause of domestic abuse.' },
  { id: 'no-reoffending', outcome: 'Reduction in the risk of further incidents of offending', scope: 'service-specific', clientGroup: 'Ex-offenders', indicator: 'Reduction in the risk of further incidents of offending', need: 'Vulnerable adult needed support to experience no incidents of re-offending during service.', met: 'Vulnerable adult experienced no incidents of re-offending whilst in service.' },
  { id: 'homeless-integration', outcome: 'Integration into new community', scope: 'service-specific', clientGroup: 'Homeless', indicator: 'Integration into new community', need: 'Vulnerable adult needed support to integrate into a new community e.g. life skills support.', met: 'Vulnerable adult integrated into a new community.' },
  { id: 'appropriate-networks', outcome: 'Establish or maintain appropriate networks', scope: 'service-specific', clientGroup: 'Young people', indicator: 'Establish or maintain appropriate networks', need: 'Vulnerable adult needed support to establish and maintain appropriate networks.', met: 'Vulnerable adult established and maintained appropriate networks.' },
] as const satisfies ReadonlyArray<Va1Outcome>);
