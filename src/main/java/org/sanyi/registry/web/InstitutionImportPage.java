package org.sanyi.registry.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.sanyi.registry.ImportRejected;
import org.sanyi.registry.RegistryAdmin;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.SharedErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 机构导入: upload a CSV of institutions. A refused file is shown with every bad line named;
 * nothing of it is saved.
 */
@Controller
@PreAuthorize("hasAuthority('registry:institution:edit')")
class InstitutionImportPage {

	private final RegistryAdmin admin;

	private final AuditLog audit;

	private final Labels labels;

	InstitutionImportPage(RegistryAdmin admin, AuditLog audit, Labels labels) {
		this.admin = admin;
		this.audit = audit;
		this.labels = labels;
	}

	@GetMapping("/registry/institutions/import")
	String form() {
		return "registry/import";
	}

	@PostMapping("/registry/institutions/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new BusinessException(SharedErrors.BAD_FILE, "empty");
		}
		String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			int created = admin.importInstitutions(reader);
			audit.describe("registry:institution", name, "CSV import: " + created + " institutions");
			model.addAttribute("created", created);
		}
		catch (ImportRejected rejected) {
			audit.describe("registry:institution", name,
					"CSV import refused: " + rejected.lines().size() + " bad lines");
			model.addAttribute("rejected", labels.get(rejected.error().messageKey(), rejected.lines().size()));
			model.addAttribute("errors", ImportErrors.of(rejected, labels));
			response.setStatus(rejected.error().status().value());
		}
		return "registry/import";
	}

}
