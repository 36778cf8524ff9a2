package org.sanyi.clinical.imaging.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanyi.clinical.imaging.ImagingErrors;
import org.sanyi.clinical.imaging.dicom.DicomFiles;
import org.sanyi.clinical.imaging.dicom.DicomImage;
import org.sanyi.clinical.imaging.dicom.DicomSynthesizer;
import org.sanyi.shared.BusinessException;

/**
 * The DICOMweb archive against a real Orthanc (Debian's {@code orthanc} with
 * {@code orthanc-dicomweb}) on loopback: the test starts the server itself with a
 * generated configuration (its own HTTP port, storage in a temporary folder, no DICOM
 * port), stores a study with STOW-RS, finds its instances with QIDO-RS and retrieves each
 * with WADO-RS, pixel for pixel. Skipped where Orthanc is not installed ({@code .ci/run}
 * installs it).
 */
class OrthancArchiveIT {

	static final Path ORTHANC = Path.of("/usr/sbin/Orthanc");

	static final Path DICOMWEB_PLUGIN = Path.of("/usr/share/orthanc/plugins/libOrthancDicomWeb.so");

	static Process orthanc;

	static Path home;

	static DicomWebImageArchive archive;

	@BeforeAll
	static void startOrthanc() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(ORTHANC) && Files.exists(DICOMWEB_PLUGIN),
				"Orthanc with its DICOMweb plugin is not installed");
		home = Files.createTempDirectory("sanyi-orthanc");
		int httpPort = freePort();
		int dicomPort = freePort();
		Path config = home.resolve("orthanc.json");
		Files.writeString(config, """
				{
				  "Name": "SANYI-IT",
				  "StorageDirectory": "%s",
				  "IndexDirectory": "%s",
				  "HttpPort": %d,
				  "DicomPort": %d,
				  "DicomServerEnabled": false,
				  "RemoteAccessAllowed": false,
				  "AuthenticationEnabled": false,
				  "Plugins": ["%s"],
				  "DicomWeb": { "Enable": true, "Root": "/dicom-web/" }
				}
				""".formatted(home.resolve("db"), home.resolve("db"), httpPort, dicomPort, DICOMWEB_PLUGIN));
		orthanc = new ProcessBuilder(ORTHANC.toString(), config.toString()).redirectErrorStream(true)
			.redirectOutput(home.resolve("orthanc.log").toFile())
			.start();
		URI base = URI.create("http://127.0.0.1:" + httpPort + "/");
		awaitUp(base);
		archive = new DicomWebImageArchive(base.resolve("dicom-web"), null, null, Duration.ofSeconds(20));
	}

	@AfterAll
	static void stopOrthanc() throws Exception {
		if (orthanc != null) {
			orthanc.destroy();
			if (!orthanc.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
				orthanc.destroyForcibly();
			}
		}
		if (home != null) {
			try (var files = Files.walk(home)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	@Test
	void aStudyStoredWithStowIsFoundWithQidoAndRetrievedWithWadoPixelForPixel() {
		List<byte[]> files = DicomSynthesizer.study(new DicomSynthesizer.Request("orthanc-it/" + System.nanoTime(),
				"demo-resident-1", "李春梅", "CT", "CHEST", "胸部CT平扫", LocalDate.of(2026, 12, 1), 3, true));
		List<DicomImage> images = files.stream().map(f -> DicomFiles.read(f, 1 << 22)).toList();
		String study = images.getFirst().studyUid();
		archive.store(study,
				files.stream()
					.map(f -> DicomFiles.read(f, 1 << 22))
					.map(i -> new ImageArchive.Stored(i.seriesUid(), i.sopUid(), files.get(i.instanceNumber() - 1)))
					.toList());

		assertThat(archive.instances(study))
			.containsExactlyInAnyOrderElementsOf(images.stream().map(DicomImage::sopUid).toList());
		for (int i = 0; i < images.size(); i++) {
			DicomImage image = images.get(i);
			byte[] back = archive.retrieve(study, image.seriesUid(), image.sopUid());
			assertThat(DicomFiles.read(back, 1 << 22)).isEqualTo(image);
			assertThat(Arrays.equals(DicomFiles.pixels(back).values(), DicomFiles.pixels(files.get(i)).values()))
				.as("pixels of image %d", i + 1)
				.isTrue();
		}
	}

	@Test
	void anInstanceTheArchiveDoesNotHoldIsNotFound() {
		assertThat(archive.instances("2.25.1234567")).isEmpty();
		assertThatThrownBy(() -> archive.retrieve("2.25.1234567", "2.25.1", "2.25.2")).isInstanceOfSatisfying(
				BusinessException.class, e -> assertThat(e.error()).isEqualTo(ImagingErrors.UNKNOWN_IMAGE));
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	private static void awaitUp(URI base) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < end) {
			if (!orthanc.isAlive()) {
				throw new IllegalStateException("Orthanc stopped: " + Files.readString(home.resolve("orthanc.log")));
			}
			try {
				var r = http.send(HttpRequest.newBuilder(base.resolve("system")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("Orthanc did not start: " + Files.readString(home.resolve("orthanc.log")));
	}

}
