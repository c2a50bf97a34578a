package kyoso.kit.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Last resort. The caller gets an incident id and a plain sentence; the log gets the stack trace.
 * Never a class name, SQL or trace in the response.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Exception e) {
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("database unavailable: %s", e.getMessage());
            return Problems.response(503, "unavailable", "Service Unavailable",
                    "一時的に利用できません。しばらくしてから再度お試しください。 / Temporarily unavailable, please retry shortly.",
                    uriInfo, List.of());
        }
        if (anyCause(e, RejectedExecutionException.class::isInstance)) {
            // Work handed to the worker pool when it and its queue were full (WorkerPoolFullHandler's case).
            return Problems.response(503, Problems.BUSY, Problems.BUSY_TITLE, Problems.BUSY_DETAIL, uriInfo, List.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, incident %s", incident);
        return Problems.response(500, "internal", "Internal Server Error",
                "サーバーで問題が発生しました（問い合わせ番号 " + incident + "）。 / The server failed (incident " + incident + ").",
                uriInfo, List.of());
    }

    /**
     * SQLSTATEs of a database that is away for a moment: 08 connection lost or refused, 57P01-57P03 shut
     * down or still starting (a restart), 53300 every connection slot taken.
     */
    private static boolean isOutageState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
    }

    /** A lost or refused database connection is a temporary outage (503), not a bug (500). */
    private static boolean isDatabaseUnavailable(Throwable e) {
        return anyCause(e, t -> t instanceof java.sql.SQLTransientConnectionException
                || t instanceof java.net.ConnectException
                || t instanceof java.sql.SQLException sql && isOutageState(sql.getSQLState()));
    }

    private static boolean anyCause(Throwable e, Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }
}
