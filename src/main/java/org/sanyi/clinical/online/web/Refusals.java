package org.sanyi.clinical.online.web;

import java.io.IOException;

import org.sanyi.clinical.online.OnlineErrors;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.shared.BusinessException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turns a refused write into the page's error text (code and message), the way every page
 * of the platform shows one; errors that are not the module's (or pharma's, for a
 * renewal) are left to the platform's error page.
 */
@Component
class Refusals {

	private final MessageSource messages;

	Refusals(MessageSource messages) {
		this.messages = messages;
	}

	/** Runs a write; a refusal becomes the flash attribute {@code error}. */
	void run(Runnable write, RedirectAttributes redirect) {
		try {
			write.run();
		}
		catch (BusinessException ex) {
			// an insurance refusal of the fee's settlement (the completion is undone) is
			// shown too
			if (ex.error() instanceof OnlineErrors || ex.error() instanceof PharmaErrors
					|| ex.error() instanceof org.sanyi.insurance.InsuranceErrors) {
				redirect.addFlashAttribute("error", text(ex));
			}
			else {
				throw ex;
			}
		}
	}

	String text(BusinessException ex) {
		return ex.error().code() + " " + messages.getMessage(ex.error().messageKey(), ex.args(), ex.error().code(),
				LocaleContextHolder.getLocale());
	}

	static byte[] bytes(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new BusinessException(OnlineErrors.BAD_IMAGE);
		}
	}

	static ResponseEntity<byte[]> image(org.sanyi.clinical.online.internal.OnlineVisit.Image image) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.type()))
			.cacheControl(CacheControl.noStore())
			.body(image.bytes());
	}

}
