package org.sanyi.pharma.prescription;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.sanyi.insurance.GatewayTransaction;
import org.sanyi.pharma.DualChannelAdmin;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.dualchannel.DualChannel;
import org.sanyi.pharma.engine.RxSignatures;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link DualChannelAdmin} over the same services as the gateway and the pages. */
@Service
class DualChannelAdminService implements DualChannelAdmin {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private final DualChannel dualChannel;

	private final SignerKeys keys;

	private final PrescriptionRepository prescriptions;

	private final Registry registry;

	private final Map<String, GatewayTransaction> transactions = new LinkedHashMap<>();

	private final RxVerifications verifications;

	DualChannelAdminService(DualChannel dualChannel, SignerKeys keys, PrescriptionRepository prescriptions,
			Registry registry, List<GatewayTransaction> all, RxVerifications verifications) {
		this.verifications = verifications;
		this.dualChannel = dualChannel;
		this.keys = keys;
		this.prescriptions = prescriptions;
		this.registry = registry;
		all.stream().filter(t -> t.infno().startsWith("7")).forEach(t -> transactions.put(t.infno(), t));
	}

	@Override
	public boolean hasDesignatedPharmacies() {
		return !dualChannel.allPharmacies().isEmpty();
	}

	@Override
	@Transactional
	public void listDrug(String regionCode, String itemCode, LocalDate from, String by) {
		dualChannel.listDrug(regionCode, itemCode, from, by);
	}

	@Override
	@Transactional
	public void designatePharmacy(String pharmacyCode, LocalDate from, String by) {
		dualChannel.designate(pharmacyCode, from, by);
	}

	@Override
	@Transactional
	public void setStock(String pharmacyCode, String itemCode, BigDecimal quantity) {
		dualChannel.setStock(pharmacyCode, itemCode, quantity);
	}

	@Override
	@Transactional
	public void registerSigner(String institutionCode, String signerCode, String role, String algorithm,
			String publicKey) {
		keys.register(institutionCode, signerCode, role(role), algorithm(algorithm), publicKey);
	}

	@Override
	@Transactional
	public String issueDemoSigningKey(String institutionCode, String signerCode, String role, String algorithm) {
		RxSignatures.KeyPair pair = RxSignatures.generate(algorithm(algorithm), new SecureRandom());
		keys.register(institutionCode, signerCode, role(role), pair.algorithm(), pair.publicKey());
		return pair.privateKey();
	}

	@Override
	public Map<String, Object> signUpload(String institutionCode, Map<String, Object> input, String algorithm,
			String privateKey) {
		RxUpload rx = RxUpload.read(JSON.valueToTree(input), institutionCode);
		Map<String, Object> signed = new LinkedHashMap<>(input);
		signed.put("signinfo", Map.of("sign_algorithm", algorithm(algorithm).name(), "dr_sign",
				RxSignatures.sign(algorithm(algorithm), privateKey, rx.content().canonicalText())));
		return signed;
	}

	@Override
	public String signReview(String hiRxno, String result, String algorithm, String privateKey) {
		PrescriptionRow rx = prescriptions.find(hiRxno)
			.orElseThrow(() -> new BusinessException(PharmaErrors.RX_NOT_FOUND, hiRxno));
		return RxSignatures.sign(algorithm(algorithm), privateKey,
				StoredContent.reviewText(rx, prescriptions.lines(hiRxno), result));
	}

	@Override
	@Transactional
	public Map<String, Object> prescriptionTransaction(String infno, String institutionCode, String operator,
			Map<String, Object> input) {
		GatewayTransaction transaction = transactions.get(infno);
		Institution institution = registry.institution(institutionCode)
			.orElseThrow(() -> new BusinessException(PharmaErrors.INSTITUTION_NOT_FOUND, institutionCode));
		if (transaction == null) {
			throw new BusinessException(PharmaErrors.INVALID_FIELD, "infno", infno);
		}
		OffsetDateTime now = RxClock.now();
		String msgid = institutionCode + now.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
				+ "%04d".formatted(SEQUENCE.incrementAndGet() % 10_000);
		JsonNode node = JSON.valueToTree(input);
		return transaction.handle(new GatewayTransaction.Request(infno, msgid, institutionCode,
				institution.regionCode(), institution.regionCode().substring(0, 4) + "00", operator, node, now));
	}

	private static SignerKeys.Role role(String role) {
		return parse(SignerKeys.Role.class, role, "role");
	}

	private static RxSignatures.Algorithm algorithm(String algorithm) {
		return RxSignatures.Algorithm.of(algorithm)
			.orElseThrow(() -> new BusinessException(PharmaErrors.INVALID_FIELD, "sign_algorithm", algorithm));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value == null ? "" : value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessException(PharmaErrors.INVALID_FIELD, field, String.valueOf(value));
		}
	}

	@Override
	public void verify(String hiRxno, boolean pass, String opinion, String institutionCode, String pharmacist,
			String pharmacistName) {
		Institution institution = registry.institution(institutionCode)
			.orElseThrow(() -> new BusinessException(PharmaErrors.INSTITUTION_NOT_FOUND, institutionCode));
		verifications.decide(hiRxno, pass, opinion,
				org.sanyi.security.DataScope.institution(institutionCode, institution.regionCode()), pharmacist,
				pharmacistName);
	}

}
