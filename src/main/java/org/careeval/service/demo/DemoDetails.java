package org.careeval.service.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careeval.domain.organization.AnnualInspection;
import org.careeval.domain.organization.Contact;
import org.careeval.domain.organization.CreditFlag;
import org.careeval.domain.organization.CreditFlagType;
import org.careeval.domain.organization.DocumentType;
import org.careeval.domain.organization.InspectionResult;
import org.careeval.domain.organization.Organization;
import org.careeval.domain.organization.QualificationDocument;
import org.careeval.domain.organization.Staffing;
import org.careeval.domain.user.Session;
import org.careeval.service.organization.OrganizationDetailService;

/**
 * The demo county's detail tabs, dated relative to the day it is loaded so its alerts always show:
 * some certificates expire within 30 days or have expired, a few inspections failed or were missed,
 * one organization is on the abnormal-operation list and one penalty was lifted.
 */
final class DemoDetails {

  private static final Pattern TOWN = Pattern.compile("青山县(.{1,4}?(镇|乡|街道))");
  private static final String AUTHORITY = "青山县民政局";

  private final OrganizationDetailService details;
  private final Session officer;
  private final LocalDate today;

  DemoDetails(OrganizationDetailService details, Session officer, LocalDate today) {
    this.details = details;
    this.officer = officer;
    this.today = today;
  }

  void add(List<Organization> organizations) {
    for (int i = 0; i < organizations.size(); i++) {
      add(i, organizations.get(i));
    }
  }

  private void add(int i, Organization o) {
    long id = o.id();
    int version =
        details.saveTowns(officer, id, o.version(), towns(i, o.name())).organization().version();
    details.saveStaffing(
        officer, id, version, new Staffing(6 + i % 12, i % 4, i % 3, i % 7 == 0 ? 1 : 0));
    details.addDocument(officer, id, registration(i), Optional.empty());
    details.recordInspection(officer, id, inspection(today.getYear() - 2, InspectionResult.PASSED));
    details.recordInspection(officer, id, inspection(today.getYear() - 1, lastYear(i)));
    details.addContact(officer, id, new Contact(0, o.legalRepresentative(), "法定代表人", o.phone()));
    if (i == 5) {
      details.addCreditFlag(
          officer,
          id,
          new CreditFlag(
              0,
              CreditFlagType.ABNORMAL_OPERATION,
              today.minusMonths(3),
              Optional.empty(),
              "中国社会组织政务服务平台",
              "未按规定报送年度工作报告"));
    }
    if (i == 17) {
      CreditFlag penalty =
          new CreditFlag(
              0,
              CreditFlagType.ADMINISTRATIVE_PENALTY,
              today.minusYears(2),
              Optional.empty(),
              "青山县民政局行政处罚决定书",
              "警告（已整改）");
      long flagId = details.addCreditFlag(officer, id, penalty).creditFlags().get(0).id();
      details.liftCreditFlag(officer, id, flagId, today.minusYears(1));
    }
  }

  private static List<String> towns(int i, String name) {
    Matcher m = TOWN.matcher(name);
    String home = m.find() ? m.group(1) : "城关镇";
    return i % 3 == 0 ? List.of(home, "城关镇") : List.of(home);
  }

  /** Registration certificates valid 5 years; a few expire within 30 days or have expired. */
  private QualificationDocument registration(int i) {
    LocalDate validTo =
        switch (i % 10) {
          case 3 -> today.plusDays(20);
          case 7 -> today.minusDays(15);
          default -> today.plusDays(120L + 37L * i);
        };
    return new QualificationDocument(
        0,
        DocumentType.REGISTRATION_CERTIFICATE,
        "青民登字第" + (101 + i) + "号",
        AUTHORITY,
        validTo.minusYears(5),
        Optional.of(validTo),
        Optional.empty());
  }

  private static InspectionResult lastYear(int i) {
    if (i % 9 == 4) {
      return InspectionResult.FAILED;
    }
    if (i % 11 == 6) {
      return InspectionResult.ABSENT;
    }
    return i % 4 == 1 ? InspectionResult.BASIC : InspectionResult.PASSED;
  }

  private static AnnualInspection inspection(int year, InspectionResult result) {
    return new AnnualInspection(0, year, result, "");
  }
}
