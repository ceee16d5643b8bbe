package cn.taxprocurement.notice;

import cn.taxprocurement.common.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The latest 50 notices as an Atom feed (RFC 4287), each entry linking to the notice's public page. */
@Tag(name = "Public notices")
@Path("/api/v1/public/notices.atom")
@PermitAll
public class NoticeFeedResource {
    private static final String ATOM = "application/atom+xml";
    private static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    private static final int ENTRIES = 50;

    @Inject
    NoticeBoard board;

    @GET
    @Produces(ATOM + ";charset=UTF-8")
    @Operation(summary = "Notice feed", description = "The latest 50 notices as an Atom feed.")
    @APIResponse(responseCode = "200", description = "The Atom feed")
    @APIResponse(responseCode = "400", description = "An unknown notice type")
    public String feed(@QueryParam("type") String type, @Context UriInfo uri) throws XMLStreamException {
        List<NoticeView> notices = board.search(NoticeType.fromQuery(type), null, null, PageRequest.of(0, ENTRIES))
                .items();
        URI base = uri.getBaseUri();
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("xml:lang", "zh-CN");
        element(xml, "id", uri.getRequestUri().toString());
        element(xml, "title", "税务采购网 信息公开");
        element(
                xml,
                "updated",
                atomTime(notices.isEmpty() ? null : notices.get(0).publishedAt()));
        link(xml, "self", uri.getRequestUri().toString());
        link(xml, "alternate", base.resolve("/notices").toString());
        xml.writeStartElement("author");
        element(xml, "name", "税务采购网");
        xml.writeEndElement();
        for (NoticeView notice : notices) {
            String page = base.resolve("/notices/" + notice.id()).toString();
            xml.writeStartElement("entry");
            element(xml, "id", page);
            element(xml, "title", notice.title());
            element(xml, "published", atomTime(notice.publishedAt()));
            element(xml, "updated", atomTime(notice.publishedAt()));
            link(xml, "alternate", page);
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", notice.type().name());
            xml.writeAttribute("label", notice.type().label());
            element(xml, "summary", notice.body());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    // An empty feed is as old as the epoch: Atom requires the element.
    private static String atomTime(OffsetDateTime time) {
        return (time == null ? OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC) : time)
                .withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
