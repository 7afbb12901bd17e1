/** Every check rule, in the order its findings are listed when they share a location. */
import * as activities from './rules/activities.js';
import * as authority from './rules/authority.js';
import * as consent from './rules/consent.js';
import * as controller from './rules/controller.js';
import * as cookies from './rules/cookies.js';
import * as information from './rules/information.js';
import * as prose from './rules/prose.js';
import * as recipients from './rules/recipients.js';
import * as retention from './rules/retention.js';
import * as shortNotices from './rules/short-notices.js';
import * as site from './rules/site.js';
import * as transfers from './rules/transfers.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  controller.enterpriseNumber,
  controller.postalCode,
  controller.euRepresentative,
  controller.dpoLikelyRequired,
  controller.digitalConsentAge,
  authority.authorityKnown,
  authority.authorityJurisdiction,
  authority.authorityFormerName,
  activities.activityIdUnique,
  activities.activityName,
  activities.legitimateInterestNamed,
  activities.specialCategoryValid,
  activities.specialCategoryCondition,
  activities.criminalRecordsAuthorised,
  activities.minorsStated,
  consent.employmentExplicitConsent,
  information.requirementStated,
  information.requirementConsequence,
  information.consentWithdrawal,
  consent.trackingConsent,
  consent.marketingChannel,
  consent.emailMarketingConsent,
  cookies.cookieCategoryMissing,
  cookies.cookieCategoryEmpty,
  cookies.cookiePolicyAddress,
  cookies.cookiesUnknown,
  information.sourceRequired,
  information.sourceStated,
  information.automatedDecisionDetail,
  information.automatedDecisionGround,
  retention.retentionEvent,
  retention.retentionReason,
  retention.retentionData,
  retention.retentionVague,
  retention.retentionLegalMinimum,
  retention.retentionFollowUp,
  retention.retentionCookieLifetime,
  shortNotices.shortNoticeLength,
  recipients.recipientsListed,
  recipients.recipientIdentified,
  recipients.recipientActivities,
  recipients.recipientRole,
  recipients.jointArrangement,
  recipients.jointArrangementActivity,
  recipients.jointControllerNamed,
  recipients.processorCountries,
  site.siteServiceMissing,
  site.siteTrackingConsent,
  site.siteServiceUnused,
  transfers.transferSafeguard,
  transfers.transferSafeguardInvalid,
  transfers.privacyShieldMentioned,
  transfers.adequacyDecision,
  transfers.adequacyExpired,
  transfers.dpfUsOnly,
  prose.translationMissing,
  prose.trackingClaims,
];
