// What each measures view shows: its headline tiles and its charts (measure ids from the catalogue). A chart's
// title is a label (i18n key) when it has several measures, otherwise the measure's catalogue name.

export const definitions = {
  overview: {
    tiles: ['incoming', 'resolved', 'pending_end', 'clearance_rate', 'disposition_time', 'congestion_rate',
      'duration_p90', 'within_standard_1', 'e_filing_share', 'video_hearing_share', 'budget_execution', 'cost_per_resolved_case'],
    charts: [
      { measures: ['incoming', 'resolved'], type: 'bar', title: 'flow' },
      { measures: ['clearance_rate'] },
    ],
  },
  'case-flow': {
    tiles: ['incoming', 'resolved', 'pending_end', 'clearance_rate', 'disposition_time', 'congestion_rate'],
    charts: [
      { measures: ['incoming', 'resolved'], type: 'bar', title: 'flow' },
      { measures: ['pending_end'], type: 'area' },
      { measures: ['clearance_rate'] },
      { measures: ['disposition_time'] },
      { measures: ['congestion_rate'] },
      { measures: ['cases_per_judge'] },
    ],
  },
  durations: {
    tiles: ['duration_p50', 'duration_p90', 'duration_mean', 'within_standard_1', 'within_standard_2', 'backlog_share'],
    charts: [
      { measures: ['duration_p50', 'duration_p75', 'duration_p90', 'duration_p98'], type: 'band', title: 'percentiles' },
      { measures: ['within_standard_1', 'within_standard_2', 'within_standard_3'], title: 'onTime' },
      { measures: ['pending_age_0_90', 'pending_age_91_180', 'pending_age_181_365', 'pending_age_366_540', 'pending_age_over_540'],
        type: 'stacked', title: 'pendingAge' },
      { measures: ['backlog_share'] },
    ],
  },
  digital: {
    tiles: ['e_filing_share', 'video_hearing_share', 'extraterritorial_share', 'portal_visits_per_1000',
      'judgments_published_share', 'ai_assisted_share'],
    charts: [
      { measures: ['e_filing_share'] }, { measures: ['video_hearing_share'] }, { measures: ['extraterritorial_share'] },
      { measures: ['portal_visits_per_1000'] }, { measures: ['judgments_published_share'] }, { measures: ['ai_assisted_share'] },
    ],
  },
  budget: {
    tiles: ['allocated', 'spent', 'budget_execution', 'cost_per_resolved_case', 'spending_per_inhabitant',
      'spending_share_of_gdp', 'personnel_share', 'budget_floor_compliance'],
    charts: [
      { measures: ['allocated', 'spent'], type: 'bar', title: 'money' },
      { measures: ['budget_execution'] }, { measures: ['cost_per_resolved_case'] }, { measures: ['spending_per_inhabitant'] },
      { measures: ['spending_share_of_gdp'] }, { measures: ['personnel_share'] },
    ],
  },
};
