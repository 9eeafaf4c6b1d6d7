/**
 * Issue 10, eighteenth round: what ads for diesel technicians, dental receptionists, warehouse team
 * leaders, digital marketers, property managers, recruiters and Android engineers ask, and French
 * and Spanish developer and restaurant ads; "financial arrangements" and "lease renewals" read as
 * no economics and no Visual Lease. Sentences written here (none taken from SkillSpan or captured
 * pages), with the exact skills expected.
 */
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../lib/skills/index';

const ids = (text: string) => extractSkills(text).map((s) => s.id);

describe('what workshops, dental offices and warehouses ask', () => {
  it("reads a diesel technician's maintenance, troubleshooting and diagnostic software", () => {
    expect(
      ids(
        "What you'll do:\n- Perform PM services and brake adjustments\n" +
          '- Hydraulic and electrical troubleshooting with Detroit Diesel DiagnosticLink',
      ),
    ).toEqual([
      'preventive-maintenance',
      'brake-repair',
      'hydraulic-troubleshooting',
      'electrical-troubleshooting',
      'diagnosticlink',
    ]);
  });

  it("reads a dental receptionist's insurance verification, and financial arrangements as no economics", () => {
    expect(
      ids('Responsibilities:\n- Verify insurance eligibility\n- Present treatment plans and financial arrangements'),
    ).toEqual(['insurance-verification']);
  });

  it("reads a warehouse team leader's tasks, systems and licence", () => {
    expect(
      ids(
        'Key responsibilities:\n- Allocate labour across goods in and despatch\n- Deliver toolbox talks\n' +
          '- Use the WMS and RF scanners\nRequirements:\n- RTITB reach truck licence',
      ),
    ).toEqual([
      'goods-in',
      'toolbox-talks',
      'warehouse-management-system-wms',
      'rf-scanners',
      'rtitb-licence',
      'forklift',
    ]);
  });
});

describe('what marketing teams, letting agents, recruiters and Android teams ask', () => {
  it("reads a digital marketer's channels and tools (GA4 is Google Analytics)", () => {
    expect(
      ids(
        'You will:\n- Build email campaigns in Klaviyo\n- Report in GA4\n- Performance marketing and conversion rate optimisation',
      ),
    ).toEqual([
      'email-marketing',
      'klaviyo',
      'google-analytics',
      'performance-marketing',
      'conversion-rate-optimisation',
    ]);
  });

  it("reads a property manager's tasks, software and laws (a lease is no Visual Lease)", () => {
    expect(
      ids(
        'Duties:\n- Handle lease renewals and move-out inspections in AppFolio or Yardi\n' +
          '- Knowledge of Fair Housing laws and landlord-tenant regulations',
      ),
    ).toEqual([
      'lease-administration',
      'property-inspections',
      'appfolio',
      'yardi',
      'fair-housing-laws',
      'landlord-tenant-law',
    ]);
  });

  it("reads a recruitment consultant's desk and tools", () => {
    expect(
      ids("What you'll be doing:\n- 360 recruitment and headhunting on LinkedIn Recruiter\n- Updating Bullhorn"),
    ).toEqual(['full-cycle-recruiting', 'headhunting', 'linkedin-recruiter', 'bullhorn']);
  });

  it("reads an Android engineer's libraries, and 'to the hilt' as no Hilt", () => {
    expect(
      ids(
        'Requirements:\n- Kotlin Coroutines and Flow\n- Dependency injection with Hilt or Dagger\n- Loyal to the hilt',
      ),
    ).toEqual(['kotlin', 'coroutines', 'dependency-injection', 'hilt', 'dagger']);
  });
});

describe('French and Spanish developer and restaurant ads', () => {
  it('reads intégration continue, développement web and hostelería', () => {
    expect(
      ids("Vos missions :\n- Mettre en place l'intégration continue\n- 2 ans d'expérience en développement web"),
    ).toEqual(['continuous-integration', 'web-development']);
    expect(ids('Requisitos:\n- Experiencia en hostelería\n- Atención al cliente')).toEqual([
      'food-service',
      'customer-service',
    ]);
  });
});
