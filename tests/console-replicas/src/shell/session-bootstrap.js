// Inlined into <head> of every replica page by build.mjs, so the account ID sources exist
// before any other script runs, as they do on the real (server-rendered) console.
(function () {
  var options = window.__REPLICA__ || {};
  var accountId = /^\d{12}$/.test(options.accountId || '') ? options.accountId : '111122223333';
  var userName = options.userName || 'admin';
  var userArn = 'arn:aws:iam::' + accountId + ':user/' + userName;
  var hostMatch = /^(\d{12})-([a-z0-9]+)\./.exec(location.hostname);
  var sessionData = {
    accountId: accountId,
    accountAlias: null,
    displayName: userName,
    sessionARN: userArn,
    infrastructureRegion: 'us-east-1',
    signInType: 'PUBLIC',
    mbtcEnabled: Boolean(hostMatch),
    sessionDifferentiator: hostMatch ? hostMatch[2] : null,
  };
  var meta = document.createElement('meta');
  meta.name = 'awsc-session-data';
  meta.content = JSON.stringify(sessionData);
  document.head.appendChild(meta);
  var userInfo = {
    arn: userArn,
    alias: '',
    username: userName,
    keybase: '',
    issuer: 'http://signin.aws.amazon.com/signin',
    signinType: 'PUBLIC',
  };
  var cookie = 'aws-userInfo=' + encodeURIComponent(JSON.stringify(userInfo)) + '; path=/; secure';
  // The console's cookie lives on .aws.amazon.com; fall back to host-only where that is refused.
  document.cookie = cookie + '; domain=.aws.amazon.com';
  if (document.cookie.indexOf('aws-userInfo=') === -1) document.cookie = cookie;
  document.documentElement.lang = options.lang === 'de' || options.lang === 'ja' ? options.lang : 'en';
})();
