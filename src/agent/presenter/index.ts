export { presenterWish, withoutPresenterPhrases, type PresenterWish } from './presenter-wish.js';
export { NO_PRESENTER, defaultPresenter, presenterLook, counterpartLook, requestPresenter, wishedPresenterGender } from './choose-presenter.js';
