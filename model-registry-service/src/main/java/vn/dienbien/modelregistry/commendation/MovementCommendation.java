package vn.dienbien.modelregistry.commendation;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dienbien.modelregistry.model.Decision;
import vn.dienbien.modelregistry.model.Level;

/**
 * A commendation (biểu dương, khen thưởng) of a collective or an individual for the movement
 * (directive 11-CT/TU item 11.6: "những tập thể, cá nhân có thành tích xuất sắc…, nhất là các mô
 * hình…"), with or without a model and a round of the calendar.
 *
 * @param modelId the model the achievement belongs to, or null
 * @param modelName its name when recorded, or null
 * @param roundId the round of the calendar the decision belongs to, or null
 */
@Document("movement_commendations")
public record MovementCommendation(
    @Id String id,
    Recipient recipient,
    Level level,
    CommendationForm form,
    Decision decision,
    String achievement,
    String modelId,
    String modelName,
    String roundId,
    Instant recordedAt,
    String recordedBy) {}
