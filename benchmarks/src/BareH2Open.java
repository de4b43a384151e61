import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/** Baseline for G9: open an empty H2 file database in a fresh JVM and run one query. */
public class BareH2Open {
  public static void main(String[] args) throws Exception {
    try (Connection connection =
            DriverManager.getConnection("jdbc:h2:file:" + args[0] + "/bare", "sa", "");
        ResultSet rs = connection.createStatement().executeQuery("SELECT 1")) {
      rs.next();
    }
  }
}
