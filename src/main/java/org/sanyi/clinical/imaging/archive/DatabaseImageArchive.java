package org.sanyi.clinical.imaging.archive;

import java.util.List;

import org.sanyi.clinical.imaging.ImagingErrors;
import org.sanyi.shared.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform keeps the files itself, in {@code img_instance_data}: enough for the small
 * studies of the default run (a township centre's radiograph or a few CT slices); a
 * region with a PACS configures {@link DicomWebImageArchive} instead.
 */
public class DatabaseImageArchive implements ImageArchive {

	private final JdbcClient jdbc;

	public DatabaseImageArchive(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "DB";
	}

	@Override
	public void store(String studyUid, List<Stored> files) {
		for (Stored f : files) {
			jdbc.sql("insert into img_instance_data (sop_uid, data) values (:sop, :data)")
				.param("sop", f.sopUid())
				.param("data", f.data())
				.update();
		}
	}

	@Override
	public byte[] retrieve(String studyUid, String seriesUid, String sopUid) {
		return jdbc.sql("""
				select d.data from img_instance_data d join img_instance i on i.sop_uid = d.sop_uid
				join img_study s on s.id = i.study_id
				where d.sop_uid = :sop and s.study_uid = :study""")
			.param("sop", sopUid)
			.param("study", studyUid)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new BusinessException(ImagingErrors.UNKNOWN_IMAGE, sopUid));
	}

	@Override
	public List<String> instances(String studyUid) {
		return jdbc.sql("""
				select d.sop_uid from img_instance_data d join img_instance i on i.sop_uid = d.sop_uid
				join img_study s on s.id = i.study_id where s.study_uid = :study order by i.instance_number""")
			.param("study", studyUid)
			.query(String.class)
			.list();
	}

}
