package org.crosscheck.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.cli.server.ServerProtocol.Request;
import org.junit.jupiter.api.Test;

/** The bytes the client and the server exchange. */
class ServerProtocolTest {
  private static byte[] bytesOf(Request request) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    request.write(new DataOutputStream(bytes));
    return bytes.toByteArray();
  }

  private static Request read(byte[] bytes) throws IOException {
    return Request.read(new DataInputStream(new ByteArrayInputStream(bytes)));
  }

  @Test
  void aRequestReadsBackAsWritten() throws IOException {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("NO_COLOR", "");
    environment.put("CROSSCHECK_DEBUG", "1");
    Request request = new Request(ServerProtocol.RUN, "jar: x, 1 bytes\n", "/home/me/.crosscheck", "/home/me/work", true, "UTF-8", "ISO-8859-1",
        List.of("search", "\"détente\" – “quoted”", ""), environment);
    Request back = read(bytesOf(request));
    assertEquals(request, back);
    assertEquals(List.of("search", "\"détente\" – “quoted”", ""), back.args());
  }

  @Test
  void somethingElseThanARequestIsRefused() throws IOException {
    byte[] bytes = bytesOf(Request.control(ServerProtocol.STATUS, "/h"));
    bytes[3] ^= 1; // another protocol version
    assertTrue(assertThrows(IOException.class, () -> read(bytes)).getMessage().startsWith("not a crosscheck request"));
    byte[] cut = Arrays.copyOf(bytesOf(Request.control(ServerProtocol.STOP, "/home/me/.crosscheck")), 12);
    assertThrows(EOFException.class, () -> read(cut));
  }

  @Test
  void aHugeLengthIsRefusedBeforeAnythingIsAllocated() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(ServerProtocol.MAGIC);
    out.writeByte(ServerProtocol.RUN);
    out.writeInt(Integer.MAX_VALUE);
    assertEquals("a string of 2147483647 bytes is out of bounds",
        assertThrows(IOException.class, () -> read(bytes.toByteArray())).getMessage());
  }

  @Test
  void anUnknownKindIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Request.control((byte) 9, "/h"));
  }

  @Test
  void framesCarryTheirBytes() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] data = "¶10  honest mistake\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ServerProtocol.writeFrame(new DataOutputStream(bytes), ServerProtocol.OUT, data, 0, data.length);
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(ServerProtocol.OUT, in.readByte());
    assertEquals(Arrays.toString(data), Arrays.toString(ServerProtocol.readFrameData(in)));
  }

  @Test
  void onlyTheReadOnlyCommandsAreServed() {
    for (String command : List.of("search", "same-fact", "entities", "facts", "help", "--help", "-h", "--version", "-V")) {
      assertTrue(ServerProtocol.serves(List.of(command)), command);
    }
    for (String command : List.of("index", "shell", "bench", "server", "Search", "")) {
      assertFalse(ServerProtocol.serves(List.of(command)), command);
    }
    assertFalse(ServerProtocol.serves(List.of()));
  }

  @Test
  void onlyTheVariablesThatChangeTheOutputAreForwarded() {
    for (String name : List.of("NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "TERM", "COLUMNS", "CROSSCHECK_DEBUG", "CROSSCHECK_ANYTHING")) {
      assertTrue(ServerProtocol.forwards(name), name);
    }
    for (String name : List.of("HOME", "PATH", "SSH_AUTH_SOCK", "AWS_SECRET_ACCESS_KEY", "crosscheck_debug")) {
      assertFalse(ServerProtocol.forwards(name), name);
    }
  }
}
