/*
 * Who published a source, from its address: a table of the hosts the data cites, with the host name itself as
 * the plain fallback, so that no source is credited to the inspectorate unless it is the inspectorate's.
 * A row matches its host and any subdomain of it; a row with a path matches only addresses under that path.
 */

/** The inspectorate's own publications; its name depends on the date (see `inspectorateName`). */
const inspectorateHost = 'justiceinspectorates.gov.uk';

const publishers: readonly { host: string; path?: string; name: string }[] = [
  { host: 'github.com', path: '/BBC-Data-Unit/', name: 'BBC Data Unit' },
  { host: 'bbc.co.uk', name: 'BBC' },
  { host: 'bbc.com', name: 'BBC' },
  { host: 'itv.com', name: 'ITV' },
  { host: 'kent-pcc.gov.uk', name: 'the Kent Police and Crime Commissioner' },
  { host: 'cleveland.pcc.police.uk', name: 'the Cleveland Police and Crime Commissioner' },
  { host: 'leics.pcc.police.uk', name: 'the Leicestershire Police and Crime Commissioner' },
  { host: 'essex.pfcc.police.uk', name: 'the Essex Police, Fire and Crime Commissioner' },
  { host: 'northantspfcc.org.uk', name: 'the Northamptonshire Police, Fire and Crime Commissioner' },
  { host: 'safespacesussex.org.uk', name: 'the Sussex Police and Crime Commissioner' },
  { host: 'surrey.police.uk', name: 'Surrey Police' },
  { host: 'democracy.kent.gov.uk', name: 'Kent County Council' },
  { host: 'wired-gov.net', name: 'WiredGov' },
  { host: 'pressreader.com', name: 'PressReader' },
  { host: 'mynewsdesk.com', name: 'Mynewsdesk' },
  { host: 'yorkshirepost.co.uk', name: 'The Yorkshire Post' },
  { host: 'thestar.co.uk', name: 'The Star (Sheffield)' },
  { host: 'examiner.co.uk', name: 'the Huddersfield Examiner' },
  { host: 'lep.co.uk', name: 'the Lancashire Evening Post' },
  { host: 'portsmouth.co.uk', name: 'The News (Portsmouth)' },
  { host: 'northumberlandgazette.co.uk', name: 'the Northumberland Gazette' },
  { host: 'northantstelegraph.co.uk', name: 'the Northamptonshire Telegraph' },
  { host: 'bournemouthecho.co.uk', name: 'the Bournemouth Echo' },
  { host: 'falmouthpacket.co.uk', name: 'the Falmouth Packet' },
  { host: 'southwalesargus.co.uk', name: 'the South Wales Argus' },
  { host: 'caerphilly.observer', name: 'the Caerphilly Observer' },
  { host: 'brecon-radnor.co.uk', name: 'the Brecon & Radnor Express' },
  { host: 'gazetteherald.co.uk', name: 'the Gazette and Herald' },
  { host: 'wiltshiretimes.co.uk', name: 'the Wiltshire Times' },
  { host: 'watfordobserver.co.uk', name: 'the Watford Observer' },
  { host: 'knutsfordguardian.co.uk', name: 'the Knutsford Guardian' },
  { host: 'ipswichstar.co.uk', name: 'the Ipswich Star' },
  { host: 'saffronwaldenreporter.co.uk', name: 'the Saffron Walden Reporter' },
  { host: 'suffolknews.co.uk', name: 'Suffolk News' },
  { host: 'meltontimes.co.uk', name: 'the Melton Times' },
  { host: 'thelincolnite.co.uk', name: 'The Lincolnite' },
];

const matches = (host: string, row: string) => host === row || host.endsWith(`.${row}`);

/** HMIC published until HMICFRS took over on 19 July 2017; undated, the current name. */
export function inspectorateName(published: string | null): 'HMIC' | 'HMICFRS' {
  return published !== null && published < '2017-07-19' ? 'HMIC' : 'HMICFRS';
}

/** Whether the address is one of the inspectorate's own pages. */
export function isInspectorate(url: string): boolean {
  return matches(new URL(url).hostname.toLowerCase(), inspectorateHost);
}

/** "HMICFRS", "BBC", "the Kent Police and Crime Commissioner", or the host name, e.g. "llanblogger.blogspot.com". */
export function publisherOf(url: string, published: string | null): string {
  const address = new URL(url);
  const host = address.hostname.toLowerCase().replace(/^www\./, '');
  if (matches(host, inspectorateHost)) return inspectorateName(published);
  const row = publishers.find((p) => matches(host, p.host) && (!p.path || address.pathname.startsWith(p.path)));
  return row?.name ?? host;
}
