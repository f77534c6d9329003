/** The deck whose title, date and objectives head the home page: the dated strategic direction. */
export const MAIN_DOCUMENT = 'strategic-direction-2020';

/** The body the ISAC/ICCS page is about. */
export const ISAC_ID = 'citizen-centred-service-institute';
