package org.sanyi.drg.grouping;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.media.Schema;
import org.sanyi.drg.DrgCase;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A case to group as REST clients send it (snake_case, the names of the case CSV columns
 * where they exist).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@Schema(description = "One discharged case. The first diagnosis is the principal diagnosis, the first procedure the "
		+ "principal procedure. The scheme is the one assigned to `region` on `discharge_date` unless `scheme_id` is given.")
record GroupRequest(@Schema(description = "1 male, 2 female", example = "2") @JsonAlias("gender") String sex,
		@Schema(description = "age in years", example = "30") Integer age,
		@Schema(description = "age in days; required when age is 0", example = "10950") Integer ageDays,
		@Schema(description = "birth weight in grams (newborns)", example = "0") @JsonAlias("weight") Integer weightG,
		@Schema(description = "department code", example = "A03") String dept,
		@Schema(description = "length of stay in days", example = "5") @JsonAlias("los") Integer losDays,
		@Schema(description = "离院方式 code", example = "1") String dischargeWay,
		@Schema(description = "ICD-10 医保版 codes", example = "[\"K35.800\", \"E11.900\"]") List<String> diagnoses,
		@Schema(description = "ICD-9-CM-3 codes", example = "[\"47.0100\"]") List<String> procedures,
		@Schema(description = "6-digit region code", example = "359921") String region,
		@Schema(description = "discharge date", example = "2026-03-01") LocalDate dischargeDate,
		@Schema(description = "group with this scheme instead of the region's") Long schemeId) {

	DrgCase toCase() {
		return new DrgCase(sex, age == null ? -1 : age, ageDays, weightG == null ? 0 : weightG, dept,
				losDays == null ? 0 : losDays, dischargeWay, diagnoses, procedures, region, dischargeDate, schemeId);
	}

}
