// Evidence: none — no screenshot of the global nav; ids/testids from public extension sources
//   (console-evidence README: awsc-session-data, awsc-copy-accountid, "user @ 0444-7832-3321").
// Assumed without evidence: the nav's layout and every id beyond those named.
import { useEffect, useRef, useState } from 'react';
import Icon from '@cloudscape-design/components/icon';
import { t } from './i18n';
import { accountId, dashedAccountId, signedInUser } from './options';
import './console-nav.css';

// The console's global navigation bar (not Cloudscape's TopNavigation: the console renders its
// own). Ids and data-testids follow the real page, because extensions read the account ID here:
// `button[data-testid="awsc-copy-accountid"]` is the copy button; the span before it shows the
// dashed account ID.
export function ConsoleNav({ regionLabel }: { regionLabel: string }) {
  const [accountMenuOpen, setAccountMenuOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!accountMenuOpen) return;
    const closeOnOutsideClick = (event: MouseEvent) => {
      if (menuRef.current && !menuRef.current.contains(event.target as Node)) setAccountMenuOpen(false);
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => document.removeEventListener('mousedown', closeOnOutsideClick);
  }, [accountMenuOpen]);

  const copyAccountId = () => {
    void navigator.clipboard?.writeText(accountId).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };

  return (
    <header id="awsc-nav-header" className="replica-nav">
      <nav aria-label="Console navigation" className="replica-nav__bar">
        <a className="replica-nav__logo" href="/console/home" aria-label="AWS Console Home">
          <svg viewBox="0 0 64 38" width="34" height="20" aria-hidden="true">
            <text x="0" y="24" fill="#fff" fontFamily="Arial, sans-serif" fontWeight="700" fontSize="26">aws</text>
            <path d="M4 30 Q32 42 58 29" stroke="#ff9900" strokeWidth="4" fill="none" strokeLinecap="round" />
            <path d="M52 26 L60 28 L55 34" stroke="#ff9900" strokeWidth="3.5" fill="none" strokeLinecap="round" />
          </svg>
        </a>
        <button type="button" className="replica-nav__services" data-testid="awsc-nav-services-menu-button">
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            {[0, 6, 12].flatMap((x) => [0, 6, 12].map((y) => <rect key={`${x}-${y}`} x={x} y={y} width="4" height="4" fill="currentColor" />))}
          </svg>
          <span className="replica-nav__services-label">{t('services')}</span>
        </button>
        <div className="replica-nav__search" role="search">
          <Icon name="search" />
          <input type="search" aria-label={t('searchPlaceholder')} placeholder={`${t('searchPlaceholder')}`} />
          <span className="replica-nav__search-hint">[Alt+S]</span>
        </div>
        <div className="replica-nav__right">
          <button type="button" className="replica-nav__icon" aria-label="CloudShell">
            <Icon name="script" />
          </button>
          <button type="button" className="replica-nav__icon" aria-label="Notifications">
            <Icon name="notification" />
          </button>
          <button type="button" className="replica-nav__icon" aria-label="Help">
            <Icon name="status-info" />
          </button>
          <button type="button" className="replica-nav__icon" aria-label="Settings">
            <Icon name="settings" />
          </button>
          <button type="button" className="replica-nav__menu" data-testid="awsc-nav-regions-menu-button">
            <span>{regionLabel}</span>
            <Icon name="caret-down-filled" size="small" />
          </button>
          <div className="replica-nav__account" ref={menuRef}>
            <button
              type="button"
              className="replica-nav__menu"
              data-testid="awsc-nav-account-menu-button"
              aria-expanded={accountMenuOpen}
              aria-haspopup="true"
              onClick={() => setAccountMenuOpen((open) => !open)}
            >
              <span data-testid="account-menu-button__background" className="replica-nav__account-label">
                {signedInUser} @ {dashedAccountId}
              </span>
              <Icon name="caret-down-filled" size="small" />
            </button>
            <div className="replica-nav__dropdown" data-testid="account-detail-menu" hidden={!accountMenuOpen}>
              <div className="replica-nav__dropdown-details">
                <div>
                  <span>{t('accountIdColon')}</span>
                  <span>{dashedAccountId}</span>
                  <button
                    type="button"
                    className="replica-nav__copy"
                    data-testid="awsc-copy-accountid"
                    aria-label={t('copyAccountId')}
                    onClick={copyAccountId}
                  >
                    <Icon name={copied ? 'status-positive' : 'copy'} size="small" />
                  </button>
                </div>
                <div>
                  <span>{t('iamUser')}: </span>
                  <span data-testid="awsc-username-display">{signedInUser}</span>
                </div>
              </div>
              <ul className="replica-nav__dropdown-links">
                <li><a href="/billing/home#/account">{t('account')}</a></li>
                <li><a href="/organizations/v2/home/accounts">{t('organization')}</a></li>
                <li><a href="/servicequotas/home">{t('serviceQuotas')}</a></li>
                <li><a href="/costmanagement/home">{t('billingAndCostManagement')}</a></li>
                <li><a href="/iam/home#/security_credentials">{t('securityCredentials')}</a></li>
              </ul>
              <div className="replica-nav__dropdown-footer">
                <button type="button" className="replica-nav__signout">{t('signOut')}</button>
              </div>
            </div>
          </div>
        </div>
      </nav>
    </header>
  );
}
