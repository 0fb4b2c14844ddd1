package cn.qingdao.hrss.jiuye.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx package part by part from literal XML, for what POI's writers never produce:
 * rows and cells without {@code r}, rich-text inline strings with phonetic runs, merges over rows
 * the file leaves out, a 1904 date system, a zip bomb.
 */
final class RawXlsx {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, String> sheets = new LinkedHashMap<>();
    private String sharedStrings;
    private String workbookPr = "";
    private String styles = "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"1\">"
            + "<numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
            + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
            + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"4\">"
            + "<xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"49\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";

    /** Style index 1: built-in date format 14; 2: a custom date format; 3: text ("@"). */
    RawXlsx sheet(String name, String sheetData, String afterSheetData) {
        sheets.put(name, "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + sheetData + "</sheetData>"
                + afterSheetData + "</worksheet>");
        return this;
    }

    RawXlsx sheetXml(String name, String worksheetXml) {
        sheets.put(name, worksheetXml);
        return this;
    }

    RawXlsx sharedStrings(String... items) {
        StringBuilder sb = new StringBuilder("<sst xmlns=\"" + MAIN + "\" count=\"" + items.length
                + "\" uniqueCount=\"" + items.length + "\">");
        for (String item : items) {
            sb.append("<si><t>").append(item).append("</t></si>");
        }
        sharedStrings = sb.append("</sst>").toString();
        return this;
    }

    RawXlsx date1904() {
        workbookPr = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    Path writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            StringBuilder wbRels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rIdStyles\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>");
            StringBuilder wbSheets = new StringBuilder();
            int n = 0;
            for (Map.Entry<String, String> sheet : sheets.entrySet()) {
                n++;
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
                        .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                wbRels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
                wbSheets.append("<sheet name=\"").append(sheet.getKey()).append("\" sheetId=\"").append(n)
                        .append("\" r:id=\"rId").append(n).append("\"/>");
                put(zip, "xl/worksheets/sheet" + n + ".xml", sheet.getValue());
            }
            if (sharedStrings != null) {
                types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
                wbRels.append("<Relationship Id=\"rIdStrings\" Type=\"").append(REL)
                        .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
                put(zip, "xl/sharedStrings.xml", sharedStrings);
            }
            put(zip, "[Content_Types].xml", types.append("</Types>").toString());
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">" + workbookPr
                    + "<sheets>" + wbSheets + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", wbRels.append("</Relationships>").toString());
            put(zip, "xl/styles.xml", styles);
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
