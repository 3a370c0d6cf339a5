import type { Messages } from './vi.ts';

/** English interface text, written for readers abroad (not a word-for-word rendering). */
export const en: Messages = {
  languageName: 'English',
  shell: {
    skipToContent: 'Skip to main content',
    login: 'Log in',
    searchLabel: 'Search the portal',
    searchPlaceholder: 'Search for…',
    searchButton: 'Search',
    mainMenu: 'Main menu',
    menuToggle: 'Menu',
    languageSwitch: 'Choose a language',
    todayLabel: 'Today',
    home: 'Home',
    sitemap: 'Site map',
    footerHeading: 'Contact',
    copyright: (unit: string, year: number) => `Copyright © ${year} ${unit}`,
    responsible: 'Responsible for content',
    address: 'Address',
    phone: 'Telephone',
    email: 'Email',
    backToTop: 'Back to top',
    breadcrumb: 'You are here',
    emblemAlt: 'National emblem of the Socialist Republic of Viet Nam',
  },
  home: {
    title: 'Home',
    welcome: (site: string) => `Welcome to the ${site}`,
    sections: 'Sections',
    empty: 'Nothing has been published in English yet.',
  },
  category: {
    subcategories: 'In this section',
    empty: 'There are no articles in this section yet.',
  },
  sitemapPage: {
    title: 'Site map',
    intro: 'Every page and section of the portal, arranged by structure.',
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFoundBody:
      'The page you are looking for does not exist or has moved. Check the address, or search the portal.',
    unknownLanguageBody: 'The portal is available in three languages. Please choose one:',
    badRequestTitle: 'Bad request',
    badRequestBody:
      'The address or the data sent was not in a form we understand. Please check it and try again.',
    tooLargeTitle: 'Request too large',
    tooLargeBody: 'The address or the data sent is longer than we accept. Please shorten it and try again.',
    rateLimitedTitle: 'Too many requests',
    rateLimitedBody:
      'We have paused requests from your connection for a moment. Please try again in a few minutes.',
    methodNotAllowedTitle: 'Action not supported',
    methodNotAllowedBody: 'This page does not accept the kind of request you sent.',
    serverErrorTitle: 'Something went wrong',
    serverErrorBody: 'An error occurred on our side and has been logged. Please try again in a few minutes.',
    unavailableTitle: 'Temporarily unavailable',
    unavailableBody: 'The portal cannot serve pages right now. Please try again in a few minutes.',
    errorCode: 'Error code',
    requestId: 'Request ID',
    goHome: 'Go to the home page',
    goSitemap: 'See the site map',
  },
  dates: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  },
};
