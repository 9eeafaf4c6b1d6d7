/**
 * Issue 10, sixty-first round: a credit controller, a diagnostic radiographer, a barista, a
 * scaffolder, a network engineer, a charity fundraiser, a French baker and a Spanish hotel
 * receptionist; an acronym's plural ("VPNs", "CRMs") is the acronym's; a field before a manager's
 * or a director's title is the post, no skill. Sentences written here (none taken from SkillSpan
 * or captured pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const read = (text: string) => extractSkills(text).map((s) => s.id);
const asked = (line: string) => read(`Requirements:\n- ${line}`);

describe("a credit controller's asks", () => {
  it('reads chasing overdue invoices, cash allocation, credit checks and aged debt', () => {
    expect(asked('Chase overdue invoices by phone and email and agree payment plans')).toEqual(['debt-collection']);
    expect(asked('Allocate cash and reconcile customer accounts')).toEqual(['cash-allocation']);
    expect(asked('Carry out credit checks and recommend credit limits')).toEqual(['credit-checks']);
    expect(asked('CICM qualification desirable but not essential')).toEqual(['cicm-qualification']);
  });

  it('reads the Finance Manager as the post the reports go to, no skill', () => {
    expect(asked('Prepare aged debt reports for the Finance Manager')).toEqual(['aged-debt-reporting']);
  });
});

describe("a radiographer's asks", () => {
  it('reads plain film imaging and fluoroscopy', () => {
    expect(asked('Perform plain film imaging and fluoroscopy examinations')).toEqual(['radiography', 'fluoroscopy']);
  });
});

describe("a scaffolder's asks", () => {
  it('reads tube and fitting and system scaffolds, their brands, and the CISRS card', () => {
    expect(asked('Erect, alter and dismantle tube and fitting scaffolds')).toEqual(['tube-and-fitting-scaffolding']);
    expect(asked('Build system scaffolds (Layher, HAKI) to design drawings')).toEqual([
      'system-scaffolding',
      'design-drawings',
    ]);
    expect(asked('CISRS Scaffolder card (Part 1, 2 or Advanced)')).toEqual(['cisrs-card']);
  });

  it('reads edge protection as no web browser, and working safely at height', () => {
    expect(asked('Install edge protection and work safely at height')).toEqual([
      'edge-protection',
      'working-at-height',
    ]);
  });
});

describe("a network engineer's asks", () => {
  it('reads network vendors, certifications and network kinds', () => {
    expect(asked('CCNA essential, CCNP desirable')).toEqual(['ccna', 'ccnp']);
    expect(asked('Experience with 802.1X and Cisco ISE')).toEqual(['network-access-control', 'cisco-ise']);
    expect(asked('Support the LAN, WAN and wireless networks across our offices')).toEqual([
      'local-area-network-lan-software',
      'wide-area-network-wan-software',
      'wireless-networking',
    ]);
  });
});

describe("an acronym's plural", () => {
  it('is the acronym', () => {
    expect(asked('Manage Fortinet firewalls, VPNs and site-to-site tunnels')).toEqual([
      'fortinet',
      'virtual-private-network',
    ]);
    expect(asked('Integrate CRMs and ERPs')).toEqual([
      'customer-relationship-management-crm-software',
      'enterprise-resource-planning',
    ]);
  });

  it('is no acronym in lower case, nor a longer acronym spelled so', () => {
    expect(asked('Knowledge of vpns')).toEqual([]);
    expect(read('Pitch the product to VCs and angel investors')).toEqual([]);
  });
});

describe("a charity fundraiser's asks", () => {
  it("reads fundraising, Raiser's Edge and giving talks", () => {
    expect(asked('Experience of community or events fundraising')).toEqual(['fundraising']);
    expect(asked("Record income and supporter details on Raiser's Edge")).toEqual(['raisers-edge']);
    expect(asked('Give talks to groups about our work')).toEqual(['public-speaking']);
    expect(asked('Ability to manage your own workload')).toEqual(['time-management']);
  });

  it("reads a start-up's funding round as no fundraising", () => {
    expect(read('We closed our recent Series B fundraising round and hire engineers who know Kubernetes.')).toEqual([
      'kubernetes',
    ]);
  });
});

describe("a barista's asks", () => {
  it('reads filter coffee', () => {
    expect(asked('Prepare espresso-based drinks and filter coffee to our recipes')).toEqual(['barista']);
  });
});

describe("a French baker's posting", () => {
  it('reads bread making, viennoiserie and the CAP Boulanger', () => {
    const posting = [
      'Boulanger H/F',
      'Missions :',
      '- Fabrication du pain et des viennoiseries (pétrissage, façonnage, cuisson)',
      '- Préparation des levains',
      'Profil :',
      '- CAP Boulanger exigé',
    ].join('\n');
    expect(read(posting)).toEqual(['bread-making', 'pastry-making', 'cap-boulanger']);
  });
});

describe("a Spanish hotel receptionist's posting", () => {
  it('reads guest check-in, closing the till and hotel reception', () => {
    const posting = [
      'Recepcionista de hotel',
      'Funciones:',
      '- Check-in y check-out de clientes',
      '- Facturación y cierre de caja',
      'Requisitos:',
      '- Experiencia mínima de 1 año en recepción de hotel',
    ].join('\n');
    expect(read(posting)).toEqual(['guest-check-in', 'invoicing', 'cash-handling', 'reception']);
  });
});
