package org.careeval.archfixture.service;

import org.apache.poi.ss.usermodel.Workbook;

/** Breaks "POI only in report.excel". */
public class ServiceUsingPoi {
  public int sheets(Workbook workbook) {
    return workbook.getNumberOfSheets();
  }
}
