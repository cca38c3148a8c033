namespace LaserGrains.Gateway.Hosting;

/// <summary>Gives problem responses that the framework writes itself (routing, status pages) a useful detail.</summary>
public static class ProblemText
{
    public static void Complete(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status415UnsupportedMediaType => "Send the request as multipart/form-data with a 'file' field.",
            StatusCodes.Status404NotFound => $"Nothing is served at {context.HttpContext.Request.Path}.",
            StatusCodes.Status405MethodNotAllowed => $"{context.HttpContext.Request.Method} is not allowed on {context.HttpContext.Request.Path}.",
            StatusCodes.Status413PayloadTooLarge => "The request body is larger than the gateway accepts (LG_MAX_UPLOAD_BYTES).",
            _ => problem.Title,
        };
    }
}
