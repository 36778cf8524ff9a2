package org.sanyi.pharma;

import org.sanyi.shared.BusinessException;

/**
 * A refused line of a CSV import (demand reports, DDDs, susceptibility results, review
 * rules): its number in the file, the column, the error. Any such line makes the import
 * store nothing.
 */
public record ImportProblem(int line, String column, BusinessException error) {
}
