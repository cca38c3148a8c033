using System.Globalization;
using System.Text;
using LaserGrains.Gateway.Auth.Audit;

namespace LaserGrains.Gateway.Auth.Pages;

/// <summary>/admin/audit: the newest 200 audit rows for admins in the browser (the API pages further back).</summary>
public static class AuditPage
{
    public static IEndpointRouteBuilder MapAuditPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/audit", ShowAsync).WithTags("Access").WithSummary("The audit log page (HTML, admins): the newest 200 entries.");
        return app;
    }

    internal static async Task<IResult> ShowAsync(HttpContext http, IAuditLog log)
    {
        var rows = new StringBuilder();
        foreach (var e in await log.ReadAsync(null, 200, http.RequestAborted))
        {
            var detail = e.Detail is null ? "" : string.Join(", ", e.Detail.Select(d => $"{d.Key}={d.Value}"));
            rows.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{e.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}</td><td>{HtmlPage.Encode(e.Actor)}</td>" +
                $"<td>{HtmlPage.Encode(e.Action)}</td><td>{HtmlPage.Encode(e.Target)}</td><td>{HtmlPage.Encode(detail)}</td><td>{e.Outcome}</td><td>{HtmlPage.Encode(e.Remote)}</td></tr>");
        }

        return HtmlPage.Render("Audit log", $"""
            <p><a href="/">Back to LaserGrains</a> · older entries: <code>GET /audit?before=ID</code></p>
            <table><thead><tr><th>when (UTC)</th><th>who</th><th>what</th><th>target</th><th>detail</th><th>status</th><th>from</th></tr></thead>
            <tbody>{rows}</tbody></table>
            """, wide: true);
    }
}
