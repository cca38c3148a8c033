using LaserGrains.Gateway.Auth.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LaserGrains.Gateway.Ui.Docs;

/// <summary>
/// Declares in the OpenAPI document how a caller proves who it is (an API key as a bearer token, or a staff session
/// cookie) and, per operation, whether it needs one and which role: read from the authorization AccessRules put on
/// each endpoint, so the document cannot say something the gateway does not enforce.
/// </summary>
public static class ApiSecurity
{
    public const string ApiKeyScheme = "apiKey";
    public const string SessionScheme = "session";

    private static readonly Dictionary<string, string> Needs = new(StringComparer.Ordinal)
    {
        [Policies.Viewer] = "a viewer, operator or admin",
        [Policies.Operator] = "an operator or admin",
        [Policies.Admin] = "an admin",
        [Policies.FileDelete] = "an operator (soft delete) or an admin (hard delete)",
    };

    /// <summary>Adds the schemes to the document and the requirement to every operation that has one.</summary>
    public static void AddApiSecurity(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((doc, _, _) =>
        {
            doc.AddComponent<IOpenApiSecurityScheme>(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "lg_…",
                Description = "An API key (`bash deploy/keys.sh create NAME ROLE`, or `POST /api-keys`) as `Authorization: Bearer lg_…`.",
            });
            doc.AddComponent<IOpenApiSecurityScheme>(SessionScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "lg_session",
                Description = "A staff member's session after `POST /login`; requests that change something also send the antiforgery header.",
            });
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Where(Needs.ContainsKey).Distinct().ToList();
            if (policies.Count == 0) return Task.CompletedTask; // open to anyone, or an upload link's token in the path
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SessionScheme, context.Document)] = [] },
            ];
            var needs = "Needs " + string.Join(" and ", policies.Select(p => Needs[p])) + ".";
            operation.Description = string.IsNullOrEmpty(operation.Description) ? needs : operation.Description + "\n\n" + needs;
            return Task.CompletedTask;
        });
    }
}
