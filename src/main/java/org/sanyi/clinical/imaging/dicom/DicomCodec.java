package org.sanyi.clinical.imaging.dicom;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A small DICOM Part 10 codec (PS3.10 file format, PS3.5 data encoding): files written in
 * explicit VR little endian; explicit and implicit VR little endian read, including
 * compressed transfer syntaxes up to their encapsulated pixel data; sequences skipped
 * over. The platform's own because dcm4che is not published on Maven Central, the only
 * Java registry this project reaches (see docs/modules/imaging.md).
 */
final class DicomCodec {

	static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";

	static final String IMPLICIT_LE = "1.2.840.10008.1.2";

	private static final Set<String> LONG_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR",
			"UT", "UV");

	/** VRs of the tags the platform reads, for implicit VR files. */
	private static final Map<Integer, String> DICTIONARY = Map.ofEntries(Map.entry(0x00080016, "UI"),
			Map.entry(0x00080018, "UI"), Map.entry(0x00080020, "DA"), Map.entry(0x00080060, "CS"),
			Map.entry(0x00081030, "LO"), Map.entry(0x00100010, "PN"), Map.entry(0x00100020, "LO"),
			Map.entry(0x00180015, "CS"), Map.entry(0x0020000D, "UI"), Map.entry(0x0020000E, "UI"),
			Map.entry(0x00200013, "IS"), Map.entry(0x00280002, "US"), Map.entry(0x00280004, "CS"),
			Map.entry(0x00280010, "US"), Map.entry(0x00280011, "US"), Map.entry(0x00280100, "US"),
			Map.entry(0x00280103, "US"), Map.entry(0x00281050, "DS"), Map.entry(0x00281051, "DS"),
			Map.entry(0x00281052, "DS"), Map.entry(0x00281053, "DS"), Map.entry(0x7FE00010, "OW"));

	private DicomCodec() {
	}

	/** A parsed element: VR and raw value bytes. */
	record Element(String vr, byte[] value) {

		String string() {
			String s = new String(value, StandardCharsets.UTF_8);
			int end = s.length();
			while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
				end--;
			}
			String t = s.substring(0, end);
			int backslash = t.indexOf('\\');
			return (backslash >= 0 ? t.substring(0, backslash) : t).strip();
		}

		int integer() {
			ByteBuffer b = ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN);
			return switch (vr) {
				case "US" -> b.getShort() & 0xFFFF;
				case "SS" -> b.getShort();
				case "UL", "SL" -> b.getInt();
				default -> Integer.parseInt(string());
			};
		}

	}

	/** The dataset's top-level elements by tag; the meta group included. */
	static Map<Integer, Element> read(byte[] data) {
		ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		in.position(132);
		Map<Integer, Element> out = new TreeMap<>();
		// file meta information: always explicit VR little endian, group 0002
		while (in.remaining() >= 8 && (in.getShort(in.position()) & 0xFFFF) == 0x0002) {
			int tag = readTag(in);
			Element e = explicit(in, tag);
			out.put(tag, e);
		}
		Element ts = out.get(0x00020010);
		if (ts == null) {
			throw new IllegalArgumentException("no transfer syntax");
		}
		String syntax = ts.string();
		// little endian only: explicit big endian is retired, deflated would need
		// inflating first
		if (!syntax.startsWith("1.2.840.10008.1.2") || "1.2.840.10008.1.2.2".equals(syntax)
				|| "1.2.840.10008.1.2.1.99".equals(syntax)) {
			throw new IllegalArgumentException("transfer syntax " + syntax);
		}
		boolean explicit = !IMPLICIT_LE.equals(syntax);
		boolean nativeSyntax = EXPLICIT_LE.equals(syntax) || IMPLICIT_LE.equals(syntax);
		while (in.remaining() >= 8) {
			int tag = readTag(in);
			if (tag == 0xFFFEE000 || tag == 0xFFFEE00D || tag == 0xFFFEE0DD) {
				throw new IllegalArgumentException("item outside a sequence");
			}
			if (tag == 0x7FE00010 && !nativeSyntax) {
				break; // encapsulated pixel data: kept, not decoded
			}
			Element e = explicit ? explicit(in, tag) : implicit(in, tag);
			if (e != null) {
				out.put(tag, e);
			}
		}
		return out;
	}

	private static int readTag(ByteBuffer in) {
		int group = in.getShort() & 0xFFFF;
		int element = in.getShort() & 0xFFFF;
		return (group << 16) | element;
	}

	private static Element explicit(ByteBuffer in, int tag) {
		String vr = new String(new byte[] { in.get(), in.get() }, StandardCharsets.US_ASCII);
		if (!vr.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("bad VR");
		}
		long length;
		if (LONG_VRS.contains(vr)) {
			in.getShort();
			length = in.getInt() & 0xFFFFFFFFL;
		}
		else {
			length = in.getShort() & 0xFFFF;
		}
		return value(in, tag, vr, length, true);
	}

	private static Element implicit(ByteBuffer in, int tag) {
		long length = in.getInt() & 0xFFFFFFFFL;
		return value(in, tag, DICTIONARY.getOrDefault(tag, "UN"), length, false);
	}

	private static Element value(ByteBuffer in, int tag, String vr, long length, boolean explicit) {
		if (length == 0xFFFFFFFFL) {
			skipUndefined(in, explicit);
			return null;
		}
		if (length > in.remaining()) {
			throw new IllegalArgumentException("truncated");
		}
		byte[] value = new byte[(int) length];
		in.get(value);
		return "SQ".equals(vr) ? null : new Element(vr, value);
	}

	/** Skips an undefined-length sequence or encapsulated value up to its delimiter. */
	private static void skipUndefined(ByteBuffer in, boolean explicit) {
		int depth = 1;
		while (in.remaining() >= 8 && depth > 0) {
			int tag = readTag(in);
			long length = in.getInt() & 0xFFFFFFFFL;
			if (tag == 0xFFFEE0DD) {
				depth--;
			}
			else if (tag == 0xFFFEE000) {
				if (length != 0xFFFFFFFFL) {
					in.position(in.position() + (int) length);
				}
			}
			else if (tag == 0xFFFEE00D) {
				// end of an undefined-length item
			}
			else {
				// an element inside an undefined-length item: step back and read it
				// properly
				in.position(in.position() - 4);
				Element ignored = explicit ? explicit(in, tag) : implicit(in, tag);
			}
		}
	}

	/** Writes a Part 10 file, explicit VR little endian. */
	static byte[] write(String sopClass, String sopInstance, Map<Integer, Object[]> dataset) {
		ByteArrayOutputStream meta = new ByteArrayOutputStream();
		element(meta, 0x00020001, "OB", new byte[] { 0, 1 });
		element(meta, 0x00020002, "UI", ui(sopClass));
		element(meta, 0x00020003, "UI", ui(sopInstance));
		element(meta, 0x00020010, "UI", ui(EXPLICIT_LE));
		element(meta, 0x00020012, "UI", ui("2.25.3110190520261204"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[128]);
		out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
		element(out, 0x00020000, "UL",
				ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(meta.size()).array());
		out.writeBytes(meta.toByteArray());
		for (Map.Entry<Integer, Object[]> e : new TreeMap<>(dataset).entrySet()) {
			String vr = (String) e.getValue()[0];
			Object v = e.getValue()[1];
			byte[] bytes = v instanceof byte[] b ? b
					: v instanceof Integer i && ("US".equals(vr))
							? ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) (int) i).array()
							: "UI".equals(vr) ? ui(v.toString()) : text(v.toString());
			element(out, e.getKey(), vr, bytes);
		}
		return out.toByteArray();
	}

	private static byte[] ui(String uid) {
		byte[] b = uid.getBytes(StandardCharsets.US_ASCII);
		return b.length % 2 == 0 ? b : java.util.Arrays.copyOf(b, b.length + 1);
	}

	private static byte[] text(String s) {
		byte[] b = s.getBytes(StandardCharsets.UTF_8);
		if (b.length % 2 == 0) {
			return b;
		}
		byte[] padded = java.util.Arrays.copyOf(b, b.length + 1);
		padded[b.length] = ' ';
		return padded;
	}

	private static void element(ByteArrayOutputStream out, int tag, String vr, byte[] value) {
		ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
		head.putShort((short) (tag >>> 16)).putShort((short) tag);
		head.put(vr.getBytes(StandardCharsets.US_ASCII));
		if (LONG_VRS.contains(vr)) {
			head.putShort((short) 0).putInt(value.length);
		}
		else {
			head.putShort((short) value.length);
		}
		out.write(head.array(), 0, head.position());
		out.writeBytes(value);
	}

	/** A UID of the 2.25 form derived from a name. */
	static String nameBasedUid(byte[] name) {
		UUID u = UUID.nameUUIDFromBytes(name);
		BigInteger value = new BigInteger(1,
				ByteBuffer.allocate(16)
					.putLong(u.getMostSignificantBits())
					.putLong(u.getLeastSignificantBits())
					.array());
		return "2.25." + value;
	}

}
