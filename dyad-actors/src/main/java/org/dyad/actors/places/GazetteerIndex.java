package org.dyad.actors.places;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The gazetteer's packed arrays as one binary file, so that a process loads them with a few bulk
 * copies instead of parsing the 32 MB GeoNames table. dyad-actors' Maven build runs {@link #main}
 * after compiling: it checks the npm tarball against its pinned sha512, parses it and writes the
 * index among the classes. The file is a magic number and format version, the tarball's sha512,
 * then each array as its length and its big-endian values.
 */
public final class GazetteerIndex {
  /** Where the build puts the index, among the classes. */
  public static final String RESOURCE = "dyad/actors/geonames/cities500.idx";

  private static final String MAGIC = "DYADGAZ";
  private static final int VERSION = 1;

  private GazetteerIndex() {}

  /**
   * Builds the index: {@code TARBALL SHA512 OUTPUT}. Fails, writing nothing, when the tarball's
   * sha512 is not the pinned one.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: GazetteerIndex TARBALL SHA512 OUTPUT");
    }
    Path tarball = Path.of(args[0]);
    byte[] packed = Files.readAllBytes(tarball);
    String sha512 = GeoNamesArchive.pinnedSha512(tarball, packed, args[1]);
    Gazetteer g = Gazetteer.read(new java.io.ByteArrayInputStream(packed));
    Path out = Path.of(args[2]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    try (OutputStream o = Files.newOutputStream(partial)) {
      write(g, sha512, o);
    }
    Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Writes {@code g} with the sha512 of the tarball it was read from. */
  static void write(Gazetteer g, String sourceSha512, OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    d.writeUTF(MAGIC);
    d.writeInt(VERSION);
    d.writeUTF(sourceSha512);
    ints(d, g.geonameIds);
    floats(d, g.lats);
    floats(d, g.lons);
    ints(d, g.populations);
    d.writeInt(g.size);
    for (int i = 0; i < g.size; i++) {
      d.writeShort(g.countries[i]);
    }
    d.writeInt(g.countryCodes.length);
    for (String c : g.countryCodes) {
      d.writeUTF(c);
    }
    bytes(d, g.names);
    ints(d, g.nameStarts);
    bytes(d, g.keys);
    ints(d, g.keyStarts);
    ints(d, g.slots);
    ints(d, g.postingStarts);
    ints(d, g.postings);
    d.flush();
  }

  /** Reads an index from the class path. */
  static Gazetteer readResource(String resource) {
    try (InputStream in = GazetteerIndex.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer index missing from the class path: " + resource
            + " (dyad-actors' Maven build makes it from the GeoNames package)");
      }
      return read(in.readAllBytes(), resource);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the gazetteer index " + resource + ": " + e.getMessage(), e);
    }
  }

  /** Reads an index written by {@link #write}; {@code where} names it in errors. */
  static Gazetteer read(byte[] file, String where) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(file);
    try {
      if (!MAGIC.equals(utf(b))) {
        throw new IOException(where + " is not a Dyad gazetteer index");
      }
      int version = b.getInt();
      if (version != VERSION) {
        throw new IOException(where + ": index format " + version + ", this Dyad reads " + VERSION + " (rebuild dyad-actors)");
      }
      utf(b); // the source's sha512, for whoever inspects the file
      int[] ids = ints(b);
      float[] lats = floats(b);
      float[] lons = floats(b);
      int[] populations = ints(b);
      short[] countries = new short[length(b)];
      b.asShortBuffer().get(countries);
      b.position(b.position() + 2 * countries.length);
      String[] codes = new String[length(b)];
      for (int i = 0; i < codes.length; i++) {
        codes[i] = utf(b).intern();
      }
      byte[] names = bytes(b);
      int[] nameStarts = ints(b);
      byte[] keys = bytes(b);
      int[] keyStarts = ints(b);
      int[] slots = ints(b);
      int[] postingStarts = ints(b);
      int[] postings = ints(b);
      if (b.hasRemaining()) {
        throw new IOException(where + ": " + b.remaining() + " bytes after the index");
      }
      return new Gazetteer(ids, lats, lons, populations, countries, codes, names, nameStarts, keys, keyStarts, slots,
          postingStarts, postings);
    } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new IOException(where + ": truncated or corrupt index" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
    }
  }

  private static void ints(DataOutputStream d, int[] values) throws IOException {
    d.writeInt(values.length);
    for (int v : values) {
      d.writeInt(v);
    }
  }

  private static void floats(DataOutputStream d, float[] values) throws IOException {
    d.writeInt(values.length);
    for (float v : values) {
      d.writeFloat(v);
    }
  }

  private static void bytes(DataOutputStream d, byte[] values) throws IOException {
    d.writeInt(values.length);
    d.write(values);
  }

  private static int length(ByteBuffer b) {
    int n = b.getInt();
    if (n < 0 || n > b.remaining()) {
      throw new IllegalArgumentException("an array of " + n + " beyond its end");
    }
    return n;
  }

  private static int[] ints(ByteBuffer b) {
    int[] v = new int[length(b)];
    b.asIntBuffer().get(v);
    b.position(b.position() + 4 * v.length);
    return v;
  }

  private static float[] floats(ByteBuffer b) {
    float[] v = new float[length(b)];
    b.asFloatBuffer().get(v);
    b.position(b.position() + 4 * v.length);
    return v;
  }

  private static byte[] bytes(ByteBuffer b) {
    byte[] v = new byte[length(b)];
    b.get(v);
    return v;
  }

  private static String utf(ByteBuffer b) {
    int n = b.getShort() & 0xffff;
    byte[] v = new byte[n];
    b.get(v);
    // writeUTF's modified UTF-8 equals UTF-8 for the ASCII this index holds
    return new String(v, StandardCharsets.UTF_8);
  }

}
