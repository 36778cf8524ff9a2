package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanyi.clinical.imaging.dicom.DicomSynthesizer;

/**
 * Regional imaging reading in the demo: the county hospital's radiologist works the
 * worklist, takes a waiting study, views it through the lung window, writes and signs the
 * report; on a phone the worklist and the signed report; the township doctor sees her
 * requests with the reports that came back, sends a study and is refused a file that is
 * not DICOM.
 */
class ImagingBrowserIT extends BrowserTest {

	@Test
	void radiologistReadsAndSignsFromTheWorklist() {
		Page page = browser.desktop("radiologist", PASSWORD);
		page.navigate(browser.url("/clinical/imaging"));
		assertThat(page.locator("h1")).hasText("阅片工作列表");
		assertThat(page.locator("#worklist tbody tr").first()).containsText("卫生院");
		Browser.shot(page, "imaging-worklist-desktop");
		page.locator("#worklist tbody tr:has-text('待领取') a").first().click();
		assertThat(page.locator("h1")).hasText("影像诊断");
		page.click("#take");
		assertThat(page.locator("#status")).hasText("阅片中");
		if (page.locator(".window-presets a:has-text('肺窗')").count() > 0) {
			page.click(".window-presets a:has-text('肺窗')");
		}
		page.fill("#findings", "双肺纹理清晰，未见实变及结节影，纵隔居中，心影不大。");
		page.fill("#impression", "未见明显异常。");
		page.click("button[value=save]");
		assertThat(page.locator("#done")).containsText("草稿");
		assertThat(page.locator("#frame")).isVisible();
		Browser.shot(page, "imaging-reading-desktop");
		page.click("#sign");
		assertThat(page.locator("#status")).hasText("已签发");
		assertThat(page.locator("#signed")).containsText("王晓东");
		Browser.shot(page, "imaging-signed-desktop");
		page.context().close();

		Page phone = browser.phone("radiologist", PASSWORD);
		phone.navigate(browser.url("/clinical/imaging"));
		assertThat(phone.locator("h1")).hasText("阅片工作列表");
		Browser.shot(phone, "imaging-worklist-phone");
		phone.navigate(browser.url("/clinical/imaging?show=SIGNED"));
		phone.locator("#worklist tbody tr a").first().click();
		assertThat(phone.locator("#frame")).isVisible();
		Browser.shot(phone, "imaging-reading-phone");
		phone.context().close();
	}

	@Test
	void townshipDoctorSendsAStudyAndSeesTheReportsThatCameBack() throws Exception {
		Page page = browser.desktop("township_doctor", PASSWORD);
		page.navigate(browser.url("/clinical/imaging/requests"));
		assertThat(page.locator("h1")).hasText("本院影像诊断申请");
		assertThat(page.locator("#requests")).containsText("已签发");
		Browser.shot(page, "imaging-requests-desktop");

		Path notDicom = Files.createTempFile("report", ".txt");
		Files.writeString(notDicom, "这不是DICOM文件");
		page.setInputFiles("#files", notDicom);
		page.click("#send-form button[type=submit]");
		assertThat(page.locator("#error")).containsText("CIM-0001");

		Path dicom = Files.createTempFile("chest", ".dcm");
		Files.write(dicom,
				DicomSynthesizer
					.study(new DicomSynthesizer.Request("browser/" + System.nanoTime(), "demo-resident-1", "李春梅", "DX",
							"CHEST", "胸部DR正位片", LocalDate.now(), 1, false))
					.getFirst());
		page.setInputFiles("#files", dicom);
		page.selectOption("#priority", "URGENT");
		page.fill("#question", "咳嗽三天，排除肺炎");
		page.click("#send-form button[type=submit]");
		assertThat(page.locator("#sent")).containsText("已送达");
		page.context().close();

		Page phone = browser.phone("township_doctor", PASSWORD);
		phone.navigate(browser.url("/clinical/imaging/requests"));
		assertThat(phone.locator("#requests")).containsText("胸部DR正位片");
		Browser.shot(phone, "imaging-requests-phone");
		phone.context().close();
	}

}
